/**
 * What every session operation shares: reading a session's turns (through the request's loaders),
 * the reference and labels at a turn, and storing a new turn with its exposure.
 */
import type { AppendTurnOptions, ChatSession, Db, Turn, TurnRecord } from "@atelier/db";
import { appendTurn } from "@atelier/db";
import type { Labels, Manipulation } from "@atelier/schema";
import { isRetrievalError } from "@atelier/sessions";
import type { Exposures } from "./experiment-service.ts";
import { filterOf, type ProductFilter } from "./filters.ts";
import type { Loaders } from "./loaders.ts";
import type { SessionModel } from "./models.ts";
import {
  type AttributeValue,
  manipulationsOf,
  pathTo,
  referenceOf,
  withChanges,
} from "./reference.ts";
import type { Runtime } from "./runtime.ts";
import type {
  ManipulationRequest,
  NothingParsed,
  SessionNotFound,
  TurnPayload,
  UnknownAttribute,
  UnknownProduct,
} from "./session-types.ts";

export const notFound: SessionNotFound = {
  __typename: "SessionNotFound",
  message: "No such session",
};

export const sessionModel = (session: ChatSession): SessionModel => ({
  __typename: "Session",
  session,
});

export const nothingParsed = (message: string, reply: string): NothingParsed => ({
  __typename: "NothingParsed",
  message,
  reply,
});

export const unknownProduct = (productId: string): UnknownProduct => ({
  __typename: "UnknownProduct",
  message: `No product "${productId}" in the served catalog`,
  productId,
});

export const cleanManipulation = ({
  attribute,
  remove,
  add,
}: ManipulationRequest): Manipulation => ({
  attribute,
  ...(remove != null && { remove }),
  ...(add != null && { add }),
});

const UNKNOWN_ATTRIBUTE_CODES = new Set(["unknown-attribute", "unknown-value", "bad-manipulation"]);

/** Runs an engine call; a manipulation the schema rejects becomes UnknownAttribute. */
export async function orUnknownAttribute<T>(run: () => Promise<T>): Promise<T | UnknownAttribute> {
  try {
    return await run();
  } catch (error) {
    if (isRetrievalError(error) && UNKNOWN_ATTRIBUTE_CODES.has(error.code)) {
      return { __typename: "UnknownAttribute", message: error.message };
    }
    throw error;
  }
}

/** A ranking as a turn stores it. */
export interface StoredRanking {
  readonly state: Uint8Array;
  readonly ids: string[];
  readonly scores: number[];
}

/** Where a turn stands: its reference product, the labels asked for, and what was changed. */
export interface TurnStanding {
  readonly reference: string | undefined;
  /** The reference's labels with every change on the path applied. */
  readonly labels: Labels;
  /** The attributes changed since the reference, with the value asked for (NO_VALUE: removed). */
  readonly requested: AttributeValue[];
  /** The filter the last turn that set one set ({} when cleared); undefined when none did. */
  readonly filter: ProductFilter | undefined;
}

export interface SessionStore {
  turnOf(sessionId: string, turnId: string | null): Promise<TurnRecord | null>;
  /** The memory state `turn` stored (what the next turn from it starts with). */
  stateOf(turn: TurnRecord): Promise<Uint8Array>;
  /**
   * Where `turnId` stands. Start and reference turns store their product, so `start` (the
   * session's) only matters for a path without one.
   */
  standingAt(
    session: Pick<ChatSession, "id"> & Partial<Pick<ChatSession, "start">>,
    turnId: string,
  ): Promise<TurnStanding>;
  persist(
    session: ChatSession,
    parentId: string | null,
    kind: Turn["kind"],
    ranking: StoredRanking,
    began: number,
    extra?: { text?: string | null; manipulations?: readonly object[] },
  ): Promise<TurnPayload>;
}

export function createSessionStore(
  db: Db,
  runtime: Runtime,
  loaders: Loaders,
  experiments: Exposures,
  turnWrites: AppendTurnOptions = {},
): SessionStore {
  const turns = loaders.sessionTurns;
  const turnOf = async (sessionId: string, turnId: string | null) =>
    turnId ? ((await turns.holding(sessionId, turnId)).find((t) => t.id === turnId) ?? null) : null;

  const standingOf = async (
    session: Pick<ChatSession, "id"> & Partial<Pick<ChatSession, "start">>,
    turnId: string,
  ): Promise<TurnStanding> => {
    const path = pathTo(await turns.holding(session.id, turnId), turnId);
    let from = path.findLastIndex((t) => referenceOf(t) !== undefined);
    const reference =
      from >= 0
        ? referenceOf(path[from] as TurnRecord)
        : session.start?.kind === "product"
          ? session.start.productId
          : undefined;
    from = Math.max(from, 0);
    const position = reference === undefined ? undefined : runtime.positionOf(reference);
    const labels: Record<string, string | null> =
      position === undefined ? {} : { ...runtime.labelsOf(position) };
    const changes = path.slice(from).flatMap(manipulationsOf);
    for (const m of changes) labels[m.attribute] = m.add ?? null;
    const setting = path.findLast((t) => filterOf(t.manipulations) !== undefined);
    return {
      reference,
      filter: setting ? filterOf(setting.manipulations) : undefined,
      labels: labels as Labels,
      requested: withChanges([], changes),
    };
  };
  const standings = new Map<string, Promise<TurnStanding>>();

  return {
    turnOf,
    stateOf: (turn) => turns.stateOf(turn),

    standingAt(session, turnId) {
      // A turn's standing never changes; a response asks for it once per field that shows it.
      let standing = standings.get(turnId);
      if (!standing) {
        standing = standingOf(session, turnId);
        standings.set(turnId, standing);
      }
      return standing;
    },

    async persist(session, parentId, kind, ranking, began, extra = {}) {
      const turn = await appendTurn(
        db,
        {
          sessionId: session.id,
          parentId,
          kind,
          inputText: extra.text ?? null,
          manipulations: (extra.manipulations ?? []).map((m) => ({ ...m })),
          state: ranking.state,
          rankedProductIds: ranking.ids,
          scores: ranking.scores,
          model: session.model,
          latencyMs: Math.round(performance.now() - began),
        },
        turnWrites,
      );
      // Known without another read: the next turn and this response's fields find it here.
      turns.stored(turn);
      const exposureId = await experiments.expose(session, turn);
      return {
        __typename: "TurnPayload",
        session: sessionModel({ ...session, currentTurnId: turn.id, turnCount: turn.seq }),
        turn,
        exposureId,
      };
    },
  };
}
