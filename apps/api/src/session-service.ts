/**
 * Sessions and turns (issue 6, item 2): every call loads what it needs from the database, so any
 * replica serves any session. Expected failures are returned as tagged values (the schema's
 * unions); anything else throws.
 */

import type { Db } from "@atelier/db";
import {
  appendTurn,
  type ChatSession,
  createSession,
  listProductsByIds,
  sessionByToken,
  sessionTurns,
  type Turn,
  turnPath,
} from "@atelier/db";
import { parseTurn } from "@atelier/parser";
import type { Labels, Manipulation } from "@atelier/schema";
import { isRetrievalError, type TurnResult } from "@atelier/sessions";
import type { SessionModel } from "./models.ts";
import type { Runtime } from "./runtime.ts";

const UNKNOWN_ATTRIBUTE_CODES = new Set(["unknown-attribute", "unknown-value", "bad-manipulation"]);

/** How many ranked products each turn stores and shows. */
export const RESULTS_PER_TURN = 20;

type Fail<T extends string, X = object> = { readonly __typename: T; readonly message: string } & X;
export type SessionNotFound = Fail<"SessionNotFound">;
export type TurnPayload = { readonly __typename: "TurnPayload"; session: SessionModel; turn: Turn };

export type SendTurnOutcome =
  | TurnPayload
  | SessionNotFound
  | Fail<"UnknownTurn", { turnId: string }>
  | Fail<"NothingParsed", { reply: string }>
  | Fail<"UnknownAttribute">;

export interface SendTurnRequest {
  readonly token: string;
  readonly text?: string | null;
  readonly manipulations?: readonly ManipulationRequest[] | null;
  readonly parentTurnId?: string | null;
}

/** A manipulation as GraphQL inputs carry it (absent fields may be null). */
export interface ManipulationRequest {
  readonly attribute: string;
  readonly remove?: string | null;
  readonly add?: string | null;
}

const cleanManipulation = ({ attribute, remove, add }: ManipulationRequest): Manipulation => ({
  attribute,
  ...(remove != null && { remove }),
  ...(add != null && { add }),
});

export interface RankedProduct {
  readonly id: string;
  readonly title: string;
  readonly score: number;
}

export interface SessionService {
  start(
    productId: string,
  ): Promise<
    | { __typename: "StartSessionPayload"; token: string; session: SessionModel }
    | Fail<"UnknownProduct", { productId: string }>
  >;
  session(token: string): Promise<SessionModel | SessionNotFound>;
  sendTurn(request: SendTurnRequest): Promise<SendTurnOutcome>;
  undo(token: string): Promise<TurnPayload | SessionNotFound | Fail<"NothingToUndo">>;
  turns(sessionId: string): Promise<Turn[]>;
  turn(turnId: string | null): Promise<Turn | null>;
  products(turn: Turn): Promise<RankedProduct[]>;
}

const notFound: SessionNotFound = { __typename: "SessionNotFound", message: "No such session" };
const sessionModel = (session: ChatSession): SessionModel => ({ __typename: "Session", session });

/**
 * @example
 * const sessions = createSessionService(db, runtime);
 * const started = await sessions.start("s42-000001");
 */
export function createSessionService(db: Db, runtime: Runtime): SessionService {
  const rank = { k: RESULTS_PER_TURN };

  const persist = async (
    session: ChatSession,
    parentId: string | null,
    kind: Turn["kind"],
    result: Pick<TurnResult, "state"> & { ids: string[]; scores: number[] },
    began: number,
    extra: { text?: string | null; manipulations?: readonly Manipulation[] } = {},
  ): Promise<TurnPayload> => {
    const turn = await appendTurn(db, {
      sessionId: session.id,
      parentId,
      kind,
      inputText: extra.text ?? null,
      manipulations: (extra.manipulations ?? []).map((m) => ({ ...m })),
      state: result.state,
      rankedProductIds: result.ids,
      scores: result.scores,
      model: runtime.model,
      latencyMs: Math.round(performance.now() - began),
    });
    return {
      __typename: "TurnPayload",
      session: sessionModel({ ...session, currentTurnId: turn.id, turnCount: turn.seq }),
      turn,
    };
  };

  const rankedOf = (result: TurnResult) => ({
    state: result.state,
    ids: Array.from(result.ranked.ids, (p) => runtime.productIdAt(p)),
    scores: Array.from(result.ranked.scores),
  });

  /** The reference's labels with every manipulation on the path to `turnId` applied. */
  const labelsAt = async (session: ChatSession, turnId: string): Promise<Labels> => {
    const start =
      session.start.kind === "product" ? runtime.positionOf(session.start.productId) : undefined;
    const labels: Record<string, string | null> =
      start === undefined ? {} : { ...runtime.labelsOf(start) };
    for (const turn of await turnPath(db, turnId)) {
      for (const m of manipulationsOf(turn)) labels[m.attribute] = m.add ?? null;
    }
    return labels;
  };

  return {
    async start(productId) {
      const began = performance.now();
      const position = runtime.positionOf(productId);
      if (position === undefined) {
        return {
          __typename: "UnknownProduct",
          message: `No product "${productId}" in the served catalog`,
          productId,
        };
      }
      const result = await runtime.engine.startFromProduct(position, rank);
      const { session, token } = await createSession(db, {
        userId: "anonymous",
        start: { kind: "product", productId },
        model: runtime.model,
      });
      const { session: current } = await persist(session, null, "start", rankedOf(result), began);
      return { __typename: "StartSessionPayload", token, session: current };
    },

    async session(token) {
      const session = await sessionByToken(db, token);
      return session ? sessionModel(session) : notFound;
    },

    async sendTurn(request) {
      const began = performance.now();
      const session = await sessionByToken(db, request.token);
      if (!session) return notFound;
      const parentId = request.parentTurnId ?? session.currentTurnId;
      const parent = parentId ? await turnOf(db, session.id, parentId) : null;
      if (!parent) {
        const turnId = parentId ?? "";
        return {
          __typename: "UnknownTurn",
          message: `No turn "${turnId}" in this session`,
          turnId,
        };
      }
      let manipulations: readonly Manipulation[] = (request.manipulations ?? []).map(
        cleanManipulation,
      );
      if (request.text) {
        const parsed = parseTurn(request.text, { labels: await labelsAt(session, parent.id) });
        if (parsed.manipulations.length === 0) {
          return {
            __typename: "NothingParsed",
            message: "The text named no attribute change",
            reply: parsed.reply ?? "Sorry, I did not understand what to change.",
          };
        }
        manipulations = [...manipulations, ...parsed.manipulations];
      }
      if (manipulations.length === 0) {
        return {
          __typename: "NothingParsed",
          message: "No text or manipulations",
          reply: "What should change?",
        };
      }
      let result: TurnResult;
      try {
        result = await runtime.engine.turn(parent.state, manipulations, rank);
      } catch (error) {
        if (isRetrievalError(error) && UNKNOWN_ATTRIBUTE_CODES.has(error.code)) {
          return { __typename: "UnknownAttribute", message: error.message };
        }
        throw error;
      }
      return persist(session, parent.id, "manipulate", rankedOf(result), began, {
        text: request.text,
        manipulations,
      });
    },

    async undo(token) {
      const began = performance.now();
      const session = await sessionByToken(db, token);
      if (!session) return notFound;
      const current = session.currentTurnId
        ? await turnOf(db, session.id, session.currentTurnId)
        : null;
      const back = current?.parentId ? await turnOf(db, session.id, current.parentId) : null;
      if (!current?.parentId || !back) {
        return { __typename: "NothingToUndo", message: "The session is at its first turn" };
      }
      // The undo turn is a child of the turn it returns to (a sibling of the undone one) and
      // carries its state and ranking, so the path to it holds only what still applies.
      return persist(
        session,
        back.id,
        "undo",
        { state: back.state, ids: back.rankedProductIds, scores: back.scores },
        began,
      );
    },

    turns: (sessionId) => sessionTurns(db, sessionId),
    turn: async (turnId) => (turnId ? ((await turnPath(db, turnId)).at(-1) ?? null) : null),

    async products(turn) {
      const rows = await listProductsByIds(db, turn.rankedProductIds);
      const titles = new Map(rows.map((p) => [p.id, p.title]));
      return turn.rankedProductIds.map((id, i) => ({
        id,
        title: titles.get(id) ?? "",
        score: turn.scores[i] ?? 0,
      }));
    },
  };
}

async function turnOf(db: Db, sessionId: string, turnId: string): Promise<Turn | null> {
  const turn = (await turnPath(db, turnId)).at(-1);
  return turn?.sessionId === sessionId ? turn : null;
}

/** The manipulations stored with a turn (JSON objects written by `persist`). */
export function manipulationsOf(turn: Turn): Manipulation[] {
  return Array.isArray(turn.manipulations) ? (turn.manipulations as unknown as Manipulation[]) : [];
}
