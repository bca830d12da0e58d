"use client";
import type { Vocabulary } from "../hooks/use-vocabulary.ts";
import { type Change, changesOf, pathTo, type TurnNode, turnSummary } from "../lib/turns.ts";
import { ManipulationChips } from "./manipulation-chips.tsx";

export interface ConversationProps {
  readonly turns: ReadonlyMap<string, TurnNode>;
  readonly viewedId: string;
  readonly onView: (turnId: string) => void;
  readonly vocabulary?: Vocabulary;
  /** Editing a sent turn's chips sends a branch from that turn's parent. */
  readonly onEditTurn?: (turn: TurnNode, changes: Change[]) => void;
  readonly disabled?: boolean;
}

/** The turns from the start to the viewed one, each with its chips; earlier turns can be viewed. */
export function Conversation(props: ConversationProps) {
  const { turns, viewedId, onView, vocabulary, onEditTurn, disabled = false } = props;
  const path = pathTo(turns, viewedId);
  return (
    <ol className="turns" aria-label="Conversation">
      {path.map((turn, index) => {
        const changes = changesOf(turn.manipulations);
        const current = turn.id === viewedId;
        return (
          <li
            key={turn.id}
            className="turn"
            aria-current={current ? "step" : undefined}
            data-testid="turn"
            data-kind={turn.kind}
          >
            <div className="turn-head">
              <span className="turn-kind">
                {index + 1}. {turn.kind.toLowerCase()}
              </span>
              {current ? (
                <span className="notice">viewing</span>
              ) : (
                <button
                  type="button"
                  onClick={() => onView(turn.id)}
                  aria-label={`View turn ${index + 1}`}
                >
                  View
                </button>
              )}
            </div>
            <p style={{ margin: "4px 0 0" }}>{turnSummary(turn)}</p>
            <ManipulationChips
              changes={changes}
              label={`Changes of turn ${index + 1}`}
              {...(vocabulary ? { vocabulary } : {})}
              disabled={disabled}
              {...(onEditTurn && turn.kind === "MANIPULATE" && changes.length > 0
                ? {
                    onChange: (next: Change[]) => {
                      if (next.length > 0) onEditTurn(turn, next);
                    },
                  }
                : {})}
            />
          </li>
        );
      })}
    </ol>
  );
}

/** Every turn of the session as a tree: pick any to view it and branch from it. */
export function TurnTree(props: {
  readonly turns: ReadonlyMap<string, TurnNode>;
  readonly viewedId: string;
  readonly onView: (turnId: string) => void;
}) {
  const { turns, viewedId, onView } = props;
  const children = new Map<string | null, TurnNode[]>();
  for (const turn of turns.values()) {
    children.set(turn.parentId, [...(children.get(turn.parentId) ?? []), turn]);
  }
  const branch = (parentId: string | null) => {
    const list = children.get(parentId) ?? [];
    if (list.length === 0) return null;
    return (
      <ul className="tree">
        {list.map((turn) => (
          <li key={turn.id}>
            <button
              type="button"
              aria-current={turn.id === viewedId ? "true" : undefined}
              aria-pressed={turn.id === viewedId}
              onClick={() => onView(turn.id)}
            >
              {turn.kind.toLowerCase()}: {turnSummary(turn)}
            </button>
            {branch(turn.id)}
          </li>
        ))}
      </ul>
    );
  };
  return (
    <details>
      <summary>All turns and branches ({turns.size})</summary>
      <nav aria-label="Turn tree">{branch(null)}</nav>
    </details>
  );
}
