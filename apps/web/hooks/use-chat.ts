"use client";
// The shopper's session: its turn tree, the turn being viewed (the next message continues from
// it; its exposure, if any, takes recordEvent), and every request's pending and error state.
import { useCallback, useMemo, useRef, useState } from "react";
import { userMessage } from "../lib/errors.ts";
import {
  type EventKind,
  type ManipulationInput,
  RecordEventDocument,
  SendTurnDocument,
  type SendTurnMutation,
  SessionDocument,
  SessionTurnDocument,
  SessionTurnsPageDocument,
  StartSessionDocument,
  UndoDocument,
  type UndoMutation,
} from "../lib/generated/graphql.ts";
import { request } from "../lib/graphql.ts";
import { forgetSession, rememberSession, shopperId } from "../lib/storage.ts";
import { allTurns, type Turn, type TurnTreeState, treeOf, withTurn } from "../lib/turns.ts";
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
  /** The experiment variant's key the shopper was assigned to; null outside an experiment. */
  readonly variant: string | null;
}

export interface SendInput {
  readonly text?: string;
  readonly manipulations?: readonly ManipulationInput[];
  /** Beside manipulations: the shopper's message, stored as the turn's text unparsed. */
  readonly displayText?: string;
  readonly useProductId?: string;
  /** Default: the viewed turn. */
  readonly parentTurnId?: string;
}

/** What the shopper sees after an action: nothing, or a reply from the assistant. */
export type Outcome = { ok: true } | { ok: false; reply: string };

const EMPTY_TREE: TurnTreeState = { nodes: new Map(), loaded: new Map() };

async function fetchTurn(token: string, id: string): Promise<Turn | null> {
  const { session } = await request(SessionTurnDocument, { token, id });
  return session.__typename === "Session" ? session.turn : null;
}

type TurnResult = SendTurnMutation["sendTurn"] | UndoMutation["undo"];

/** What to tell the shopper about an expected failure. */
const failure = (result: { readonly reply: string } | { readonly message: string }): Outcome => ({
  ok: false,
  reply: "reply" in result ? result.reply : result.message,
});

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
    if (result.__typename !== "TurnPayload") return failure(result);
    const { turn } = result;
    setSession((s) => (s ? { ...withTurn(s, turn), currentId: turn.id, viewedId: turn.id } : s));
    return { ok: true };
  }, []);

  const start = useCallback(
    async (from: StartFrom): Promise<Outcome> => {
      const outcome = await run("Starting your session…", async (): Promise<Outcome> => {
        const input =
          "productId" in from
            ? { productId: from.productId, userId: shopperId(), k: RESULTS_PER_TURN }
            : { text: from.text, userId: shopperId(), k: RESULTS_PER_TURN };
        const { startSession: result } = await request(StartSessionDocument, { input });
        if (result.__typename !== "StartSessionPayload") return failure(result);
        const first = result.session.currentTurn;
        if (!first) return { ok: false, reply: "The session started without results." };
        setSession({
          ...withTurn(EMPTY_TREE, first),
          token: result.token,
          sessionId: result.session.id,
          currentId: first.id,
          viewedId: first.id,
          variant: result.variant,
        });
        rememberSession({
          token: result.token,
          sessionId: result.session.id,
          startedAt: result.session.createdAt,
          label: "productId" in from ? from.label : from.text,
        });
        return { ok: true };
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
          const nodes = await allTurns(result.turns, async (after) => {
            const { session: page } = await request(SessionTurnsPageDocument, { token, after });
            return page.__typename === "Session" ? page.turns : null;
          });
          const currentId = result.currentTurn?.id ?? nodes.at(-1)?.id ?? "";
          setSession({
            ...treeOf(nodes),
            token,
            sessionId: result.id,
            currentId,
            viewedId: currentId,
            variant: result.variant,
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
            ...(input.displayText ? { displayText: input.displayText } : {}),
            ...(input.useProductId ? { useProductId: input.useProductId } : {}),
          },
        });
        return applyTurn(sendTurn);
      });
      return outcome ?? { ok: true };
    },
    [session, run, applyTurn],
  );

  /** Steps back from the viewed turn (of whichever branch), not only from the latest one. */
  const undo = useCallback(async (): Promise<Outcome> => {
    if (!session) return { ok: false, reply: "Start a session first." };
    const { token, viewedId, currentId } = session;
    const outcome = await run("Undoing…", async (): Promise<Outcome> => {
      const { undo: result } = await request(UndoDocument, {
        token,
        ...(viewedId !== currentId ? { turnId: viewedId } : {}),
      });
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
      const exposureId = session?.loaded.get(session.viewedId)?.exposureId;
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
    (id: string) => (token ? fetchTurn(token, id) : Promise.resolve(null)),
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
