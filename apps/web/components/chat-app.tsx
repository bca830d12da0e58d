"use client";
import { useCallback, useEffect, useState } from "react";
import { useChat } from "../hooks/use-chat.ts";
import { useVocabulary } from "../hooks/use-vocabulary.ts";
import type { EventKind } from "../lib/generated/graphql.ts";
import { type Reaction, type Reactions, readReactions, writeReactions } from "../lib/storage.ts";
import { pathTo } from "../lib/turns.ts";
import { Composer } from "./composer.tsx";
import { Conversation, TurnTree } from "./conversation.tsx";
import { ReferenceProduct } from "./reference-product.tsx";
import { ResultsGrid } from "./results-grid.tsx";
import { SessionHistory } from "./session-history.tsx";
import { ShareLink } from "./share-link.tsx";
import { StartPanel } from "./start-panel.tsx";

const PAGE = 12;
const EVENT_OF: Record<Reaction, EventKind> = {
  like: "LIKE",
  dislike: "DISLIKE",
  cart: "ADD_TO_CART",
};

/** The shopper's page: start a session, then refine it turn by turn. */
export function ChatApp() {
  const chat = useChat();
  const vocabulary = useVocabulary();
  const [visible, setVisible] = useState(PAGE);
  const [reactions, setReactions] = useState<Reactions>({});
  const { session, viewed, record } = chat;
  const sessionId = session?.sessionId ?? null;
  const viewedId = session?.viewedId ?? null;
  const inExperiment = Boolean(viewed?.exposureId);

  useEffect(() => {
    setReactions(sessionId ? readReactions(sessionId) : {});
  }, [sessionId]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a newly viewed turn starts at one page
  useEffect(() => setVisible(PAGE), [viewedId]);
  useEffect(() => {
    if (viewedId) void record("IMPRESSION");
  }, [viewedId, record]);

  const react = useCallback(
    (productId: string, reaction: Reaction) => {
      if (!sessionId) return;
      const had = reactions[productId] ?? [];
      const adding = !had.includes(reaction);
      const opposite: Reaction | null =
        reaction === "like" ? "dislike" : reaction === "dislike" ? "like" : null;
      const next = adding
        ? [...had.filter((r) => r !== opposite), reaction]
        : had.filter((r) => r !== reaction);
      const all = { ...reactions, [productId]: next };
      setReactions(all);
      writeReactions(sessionId, all);
      if (adding) void record(EVENT_OF[reaction], productId);
    },
    [sessionId, reactions, record],
  );

  if (!session || !viewed) {
    return (
      <div className="stack">
        <h1>Find it, then refine it in words</h1>
        {chat.pending ? (
          <p role="status" className="notice">
            {chat.pending}
          </p>
        ) : null}
        {chat.error ? (
          <p className="error" role="alert">
            {chat.error}
          </p>
        ) : null}
        <SessionHistory onResume={(token) => void chat.resume(token)} />
        <StartPanel chat={chat} />
      </div>
    );
  }

  const reference =
    pathTo(session.nodes, session.viewedId).findLast((t) => t.referenceProductId)
      ?.referenceProductId ?? null;
  const busy = chat.pending !== null;

  return (
    <div className="stack">
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h1>Refine your look</h1>
        <div className="row">
          <ShareLink sessionId={session.sessionId} />
          <button type="button" onClick={chat.leave}>
            New session
          </button>
        </div>
      </div>
      <div className="chat">
        <div className="conversation">
          <Conversation
            turns={session.nodes}
            viewedId={session.viewedId}
            onView={chat.view}
            vocabulary={vocabulary}
            disabled={busy}
            onEditTurn={(turn, changes) => {
              if (turn.parentId) {
                void chat.send({ manipulations: changes, parentTurnId: turn.parentId });
              }
            }}
          />
          {session.viewedId !== session.currentId ? (
            <p className="panel" role="status">
              You are looking at an earlier turn: your next message starts a branch from here.{" "}
              <button type="button" onClick={() => chat.view(session.currentId)}>
                Back to latest
              </button>
            </p>
          ) : null}
          <Composer
            chat={chat}
            token={session.token}
            parentTurnId={session.viewedId}
            vocabulary={vocabulary}
            onShowMore={() => setVisible((v) => v + PAGE)}
          />
          <div className="row">
            <button type="button" onClick={() => void chat.undo()} disabled={busy}>
              Undo
            </button>
            <button type="button" onClick={chat.startOver} disabled={busy}>
              Start over
            </button>
          </div>
          <TurnTree turns={session.nodes} viewedId={session.viewedId} onView={chat.view} />
          <p className="notice">
            {inExperiment
              ? "Your likes and cart help us improve results."
              : "Likes and cart are kept on this device only."}
          </p>
        </div>
        <div className="stack">
          <ReferenceProduct productId={reference} />
          {chat.error ? (
            <p className="error" role="alert">
              {chat.error}
            </p>
          ) : null}
          <ResultsGrid
            turn={viewed}
            visible={visible}
            onShowMore={() => setVisible((v) => v + PAGE)}
            pending={chat.pending}
            reactions={reactions}
            onReact={react}
            onUseAsReference={(productId) => {
              void record("CLICK", productId);
              void chat.send({ useProductId: productId });
            }}
          />
        </div>
      </div>
    </div>
  );
}
