"use client";
// The shopper's session: its turn tree, the turn being viewed (the next message continues from
// it), exposures for recordEvent, and every request's pending and error state.
import { useCallback, useMemo, useRef, useState } from "react";
import { userMessage } from "../lib/errors.ts";
import {
  type EventKind,
  type ManipulationInput,
  RecordEventDocument,
  SendTurnDocument,
  type SendTurnMutation,
  SessionDocument,
  StartSessionDocument,
  TurnPageDocument,
  UndoDocument,
} from "../lib/generated/graphql.ts";
import { request } from "../lib/graphql.ts";
import { forgetSession, rememberSession, shopperId } from "../lib/storage.ts";
import { type Turn, type TurnTreeState, treeFromEdges, withTurn } from "../lib/turns.ts";
import { useViewedTurn } from "./use-viewed-turn.ts";

/** Products ranked per turn; the page shows them a dozen at a time. */
export const RESULTS_PER_TURN = 24;

export type StartFrom = { productId: string; label: string } | { text: string };

export interface ChatSession extends TurnTreeState {
  readonly token: string;
  readonly sessionId: string;
  /** The session's current turn on the server (the last one appended). */
  readonly currentId: string;
  /** The turn shown; the next message continues from it. */
  readonly viewedId: string;
  /** exposureId per turn id, for turns ranked inside an experiment. */
  readonly exposures: Readonly<Record<string, string>>;
  readonly variant: string | null;
}

export interface SendInput {
  readonly text?: string;
  readonly manipulations?: readonly ManipulationInput[];
  readonly useProductId?: string;
  /** Default: the viewed turn. */
  readonly parentTurnId?: string;
}

/** What the shopper sees after an action: nothing, or a reply from the assistant. */
export type Outcome = { ok: true } | { ok: false; reply: string };

const EMPTY_TREE: TurnTreeState = { nodes: new Map(), loaded: new Map(), after: new Map() };

async function fetchTurn(token: string, after: string | null): Promise<Turn | null> {
  const { session } = await request(TurnPageDocument, { token, ...(after ? { after } : {}) });
  return session.__typename === "Session" ? (session.turns.edges[0]?.node ?? null) : null;
}

type TurnResult = SendTurnMutation["sendTurn"];

/**
 * State and actions of the chat page.
 *
 * @example
 * const chat = useChat();
 * await chat.start({ text: "a navy slim-fit shirt" });
 * await chat.send({ text: "no pockets" });
 */
export function useChat() {
  const [session, setSession] = useState<ChatSession | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const impressions = useRef(new Set<string>());

  const run = useCallback(async <T>(label: string, action: () => Promise<T>) => {
    setPending(label);
    setError(null);
    try {
      return await action();
    } catch (caught) {
      setError(userMessage(caught));
      return undefined;
    } finally {
      setPending(null);
    }
  }, []);

  const applyTurn = useCallback((result: TurnResult): Outcome => {
    switch (result.__typename) {
      case "TurnPayload": {
        const { turn, exposureId } = result;
        setSession((s) => {
          if (!s) return s;
          const exposures = exposureId ? { ...s.exposures, [turn.id]: exposureId } : s.exposures;
          return { ...withTurn(s, turn), currentId: turn.id, viewedId: turn.id, exposures };
        });
        return { ok: true };
      }
      case "NothingParsed":
        return { ok: false, reply: result.reply };
      case "SessionNotFound":
      case "UnknownTurn":
      case "UnknownAttribute":
      case "UnknownProduct":
        return { ok: false, reply: result.message };
      default: {
        const unreachable: never = result;
        return unreachable;
      }
    }
  }, []);

  const start = useCallback(
    async (from: StartFrom): Promise<Outcome> => {
      const outcome = await run("Starting your session…", async (): Promise<Outcome> => {
        const input =
          "productId" in from
            ? { productId: from.productId, userId: shopperId(), k: RESULTS_PER_TURN }
            : { text: from.text, userId: shopperId(), k: RESULTS_PER_TURN };
        const { startSession: result } = await request(StartSessionDocument, { input });
        switch (result.__typename) {
          case "StartSessionPayload": {
            const first = result.session.currentTurn;
            if (!first) return { ok: false, reply: "The session started without results." };
            setSession({
              ...withTurn(EMPTY_TREE, first),
              token: result.token,
              sessionId: result.session.id,
              currentId: first.id,
              viewedId: first.id,
              exposures: result.exposureId ? { [first.id]: result.exposureId } : {},
              variant: result.variant,
            });
            rememberSession({
              token: result.token,
              sessionId: result.session.id,
              startedAt: result.session.createdAt,
              label: "productId" in from ? from.label : from.text,
            });
            return { ok: true };
          }
          case "NothingParsed":
            return { ok: false, reply: result.reply };
          case "UnknownProduct":
          case "UnknownAttribute":
            return { ok: false, reply: result.message };
          default: {
            const unreachable: never = result;
            return unreachable;
          }
        }
      });
      return outcome ?? { ok: true };
    },
    [run],
  );

  const resume = useCallback(
    async (token: string) => {
      await run("Opening your session…", async () => {
        const { session: result } = await request(SessionDocument, { token });
        if (result.__typename === "Session") {
          const currentId = result.currentTurn?.id ?? result.turns.edges.at(-1)?.node.id ?? "";
          setSession({
            ...treeFromEdges(result.turns.edges),
            token,
            sessionId: result.id,
            currentId,
            viewedId: currentId,
            exposures: {},
            variant: null,
          });
        } else {
          forgetSession(token);
          setError("That session is no longer available.");
        }
      });
    },
    [run],
  );

  const send = useCallback(
    async (input: SendInput): Promise<Outcome> => {
      if (!session) return { ok: false, reply: "Start a session first." };
      const label = input.useProductId ? "Using it as the reference…" : "Updating results…";
      const outcome = await run(label, async () => {
        const { sendTurn } = await request(SendTurnDocument, {
          input: {
            token: session.token,
            parentTurnId: input.parentTurnId ?? session.viewedId,
            k: RESULTS_PER_TURN,
            ...(input.text ? { text: input.text } : {}),
            ...(input.manipulations ? { manipulations: [...input.manipulations] } : {}),
            ...(input.useProductId ? { useProductId: input.useProductId } : {}),
          },
        });
        return applyTurn(sendTurn);
      });
      return outcome ?? { ok: true };
    },
    [session, run, applyTurn],
  );

  const undo = useCallback(async (): Promise<Outcome> => {
    if (!session) return { ok: false, reply: "Start a session first." };
    const outcome = await run("Undoing…", async (): Promise<Outcome> => {
      const { undo: result } = await request(UndoDocument, { token: session.token });
      if (result.__typename === "NothingToUndo") {
        return { ok: false, reply: "There is nothing to undo yet." };
      }
      return applyTurn(result);
    });
    return outcome ?? { ok: true };
  }, [session, run, applyTurn]);

  const view = useCallback((turnId: string) => {
    setSession((s) => (s?.nodes.has(turnId) ? { ...s, viewedId: turnId } : s));
  }, []);

  /** Back to the session's first turn: the next message branches from the start. */
  const startOver = useCallback(() => {
    setSession((s) => {
      if (!s) return s;
      const root = [...s.nodes.values()].find((t) => t.parentId === null);
      return root ? { ...s, viewedId: root.id } : s;
    });
  }, []);

  const leave = useCallback(() => {
    setSession(null);
    setError(null);
  }, []);

  /** Records an event on the viewed turn's exposure; false when no experiment ranked it. */
  const record = useCallback(
    async (kind: EventKind, productId?: string): Promise<boolean> => {
      const exposureId = session?.exposures[session.viewedId];
      if (!session || !exposureId) return false;
      if (kind === "IMPRESSION") {
        if (impressions.current.has(exposureId)) return true;
        impressions.current.add(exposureId);
      }
      try {
        await request(RecordEventDocument, {
          input: { token: session.token, exposureId, kind, ...(productId ? { productId } : {}) },
        });
        return true;
      } catch (caught) {
        setError(userMessage(caught));
        return false;
      }
    },
    [session],
  );

  const token = session?.token ?? null;
  const fetchViewed = useCallback(
    (after: string | null) => (token ? fetchTurn(token, after) : Promise.resolve(null)),
    [token],
  );
  const addTurn = useCallback((turn: Turn) => setSession((s) => (s ? withTurn(s, turn) : s)), []);
  useViewedTurn(session, session?.viewedId ?? null, fetchViewed, addTurn, setError);

  const viewed = useMemo(
    () => (session ? (session.loaded.get(session.viewedId) ?? null) : null),
    [session],
  );

  return {
    session,
    viewed,
    pending,
    error,
    start,
    resume,
    send,
    undo,
    view,
    startOver,
    leave,
    record,
  };
}

export type Chat = ReturnType<typeof useChat>;
