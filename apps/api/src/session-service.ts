/**
 * Sessions and turns (issue 6, item 2): every call loads what it needs from the database, so any
 * replica serves any session. Expected failures are returned as tagged values (the schema's
 * unions); malformed arguments throw a BAD_USER_INPUT GraphQLError; anything else throws.
 * One service per request: its loaders batch and cache that request's reads.
 */

import type { ChatSession, Db, SessionStartInput, Turn } from "@atelier/db";
import { appendTurn, createSession, sessionByToken } from "@atelier/db";
import { parseTurn } from "@atelier/parser";
import type { Labels, Manipulation } from "@atelier/schema";
import { isRetrievalError } from "@atelier/sessions";
import { decodeTurnCursor, encodeTurnCursor } from "./cursor.ts";
import { badUserInput } from "./errors.ts";
import type { Exposures } from "./experiment-service.ts";
import { createLoaders, type Loaders } from "./loaders.ts";
import type { SessionModel } from "./models.ts";
import { checkedK, MAX_PAGE, rankedWithout } from "./ranking.ts";
import {
  type AttributeValue,
  bestMatch,
  manipulationsOf,
  pathTo,
  referenceOf,
} from "./reference.ts";
import type { Runtime } from "./runtime.ts";

const NO_EXPERIMENTS: Exposures = { assign: async () => null, expose: async () => null };

const UNKNOWN_ATTRIBUTE_CODES = new Set(["unknown-attribute", "unknown-value", "bad-manipulation"]);

type Fail<T extends string, X = object> = { readonly __typename: T; readonly message: string } & X;
export type SessionNotFound = Fail<"SessionNotFound">;
export type UnknownProduct = Fail<"UnknownProduct", { productId: string }>;
export type NothingParsed = Fail<"NothingParsed", { reply: string }>;
export type UnknownAttribute = Fail<"UnknownAttribute">;
export type TurnPayload = {
  readonly __typename: "TurnPayload";
  session: SessionModel;
  turn: Turn;
  /** The exposure recorded for this turn's ranking; null outside a running experiment. */
  exposureId: string | null;
};

export type StartOutcome =
  | {
      __typename: "StartSessionPayload";
      token: string;
      session: SessionModel;
      exposureId: string | null;
      variant: string | null;
    }
  | UnknownProduct
  | UnknownAttribute
  | NothingParsed;

export type SendTurnOutcome =
  | TurnPayload
  | SessionNotFound
  | Fail<"UnknownTurn", { turnId: string }>
  | NothingParsed
  | UnknownAttribute
  | UnknownProduct;

export interface StartRequest {
  /** The shopper's id for experiment assignment (1 to 200 characters); "anonymous" if absent. */
  readonly userId?: string | null;
  readonly productId?: string | null;
  readonly attributes?: readonly AttributeValue[] | null;
  readonly text?: string | null;
  readonly k?: number | null;
}

export interface SendTurnRequest {
  readonly token: string;
  readonly text?: string | null;
  readonly manipulations?: readonly ManipulationRequest[] | null;
  readonly parentTurnId?: string | null;
  readonly useProductId?: string | null;
  readonly k?: number | null;
}

/** A manipulation as GraphQL inputs carry it (absent fields may be null). */
export interface ManipulationRequest {
  readonly attribute: string;
  readonly remove?: string | null;
  readonly add?: string | null;
}

export interface RankedProduct {
  readonly id: string;
  readonly title: string;
  readonly score: number;
}

export interface TurnPage {
  readonly edges: { cursor: string; node: Turn }[];
  readonly pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  readonly totalCount: number;
}

export interface SessionService {
  start(request: StartRequest): Promise<StartOutcome>;
  session(token: string): Promise<SessionModel | SessionNotFound>;
  sendTurn(request: SendTurnRequest): Promise<SendTurnOutcome>;
  undo(token: string): Promise<TurnPayload | SessionNotFound | Fail<"NothingToUndo">>;
  turns(
    sessionId: string,
    page: { first?: number | null; after?: string | null },
  ): Promise<TurnPage>;
  turn(sessionId: string, turnId: string | null): Promise<Turn | null>;
  products(turn: Turn): Promise<RankedProduct[]>;
}

const notFound: SessionNotFound = { __typename: "SessionNotFound", message: "No such session" };
const sessionModel = (session: ChatSession): SessionModel => ({ __typename: "Session", session });
const nothingParsed = (message: string, reply: string): NothingParsed => ({
  __typename: "NothingParsed",
  message,
  reply,
});
const unknownProduct = (productId: string): UnknownProduct => ({
  __typename: "UnknownProduct",
  message: `No product "${productId}" in the served catalog`,
  productId,
});

const cleanManipulation = ({ attribute, remove, add }: ManipulationRequest): Manipulation => ({
  attribute,
  ...(remove != null && { remove }),
  ...(add != null && { add }),
});

/**
 * @example
 * const sessions = createSessionService(db, runtime); // one per request
 * const started = await sessions.start({ productId: "s42-000001", k: 10 });
 */
export function createSessionService(
  db: Db,
  runtime: Runtime,
  loaders: Loaders = createLoaders(db),
  experiments: Exposures = NO_EXPERIMENTS,
): SessionService {
  const persist = async (
    session: ChatSession,
    parentId: string | null,
    kind: Turn["kind"],
    result: { state: Uint8Array; ids: string[]; scores: number[] },
    began: number,
    extra: { text?: string | null; manipulations?: readonly object[] } = {},
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
      model: session.model,
      latencyMs: Math.round(performance.now() - began),
    });
    loaders.sessionTurns.clear(session.id);
    const exposureId = await experiments.expose(session, turn);
    return {
      __typename: "TurnPayload",
      session: sessionModel({ ...session, currentTurnId: turn.id, turnCount: turn.seq }),
      turn,
      exposureId,
    };
  };

  const turnOf = async (sessionId: string, turnId: string | null) =>
    turnId
      ? ((await loaders.sessionTurns.load(sessionId)).find((t) => t.id === turnId) ?? null)
      : null;

  /** The reference product of the path to `turnId`, and its labels with the path's changes. */
  const referenceAt = async (session: ChatSession, turnId: string) => {
    const path = pathTo(await loaders.sessionTurns.load(session.id), turnId);
    let from = path.findLastIndex((t) => referenceOf(t) !== undefined);
    const reference =
      from >= 0
        ? referenceOf(path[from] as Turn)
        : session.start.kind === "product"
          ? session.start.productId
          : undefined;
    from = Math.max(from, 0);
    const position = reference === undefined ? undefined : runtime.positionOf(reference);
    const labels: Record<string, string | null> =
      position === undefined ? {} : { ...runtime.labelsOf(position) };
    for (const turn of path.slice(from)) {
      for (const m of manipulationsOf(turn)) labels[m.attribute] = m.add ?? null;
    }
    return { reference, labels: labels as Labels };
  };

  /** The attribute values a start request names, or a failure. */
  const startValues = (request: StartRequest): AttributeValue[] | NothingParsed => {
    if (request.attributes) return [...request.attributes];
    const parsed = parseTurn(request.text ?? "", { labels: {} });
    const values = parsed.manipulations.flatMap((m) =>
      m.add ? [{ attribute: m.attribute, value: m.add }] : [],
    );
    return values.length > 0
      ? values
      : nothingParsed(
          "The text named no attribute value",
          parsed.reply ?? "Tell me what you are looking for, e.g. a navy dress.",
        );
  };

  const referenceTurn = async (
    session: ChatSession,
    parent: Turn,
    productId: string,
    k: number,
    began: number,
    text: string | null | undefined,
  ): Promise<TurnPayload | UnknownProduct> => {
    const position = runtime.positionOf(productId);
    if (position === undefined) return unknownProduct(productId);
    const ranked = await rankedWithout(runtime, k, productId, (k) =>
      runtime.engineFor(session.model).startFromProduct(position, { k }),
    );
    return persist(session, parent.id, "reference", ranked, began, {
      text,
      manipulations: [{ reference: productId }],
    });
  };

  return {
    async start(request) {
      const began = performance.now();
      const k = checkedK(request.k);
      const given = [request.productId, request.attributes, request.text].filter((v) => v != null);
      if (given.length !== 1) {
        throw badUserInput("Give exactly one of productId, attributes and text", "input");
      }
      const userId = request.userId ?? "anonymous";
      if (userId.length < 1 || userId.length > 200) {
        throw badUserInput("userId must be 1 to 200 characters", "userId");
      }
      if (request.attributes?.length === 0) {
        throw badUserInput("attributes must not be empty", "attributes");
      }
      let position: number;
      let changes: Manipulation[] = [];
      let start: SessionStartInput;
      if (request.productId != null) {
        const found = runtime.positionOf(request.productId);
        if (found === undefined) return unknownProduct(request.productId);
        position = found;
        start = { kind: "product", productId: request.productId };
      } else {
        const values = startValues(request);
        if (!Array.isArray(values)) return values;
        ({ position, manipulations: changes } = bestMatch(runtime, values));
        start =
          request.text != null
            ? { kind: "text", text: request.text }
            : {
                kind: "attributes",
                attributes: Object.fromEntries(values.map((v) => [v.attribute, v.value])),
              };
      }
      const productId = runtime.productIdAt(position);
      const assignment = request.userId != null ? await experiments.assign(userId) : null;
      const model = assignment?.model ?? runtime.model;
      const engine = runtime.engineFor(model);
      let ranked: Awaited<ReturnType<typeof rankedWithout>>;
      try {
        ranked = await rankedWithout(runtime, k, productId, async (k) => {
          const first = await engine.startFromProduct(position, { k });
          return changes.length === 0 ? first : engine.turn(first.state, changes, { k });
        });
      } catch (error) {
        if (isRetrievalError(error) && UNKNOWN_ATTRIBUTE_CODES.has(error.code)) {
          return { __typename: "UnknownAttribute", message: error.message };
        }
        throw error;
      }
      const { session, token } = await createSession(db, {
        userId,
        start,
        model,
        variantId: assignment?.variantId ?? null,
      });
      const { session: current, exposureId } = await persist(
        session,
        null,
        "start",
        ranked,
        began,
        {
          text: request.text,
          manipulations: [{ reference: productId }, ...changes],
        },
      );
      return {
        __typename: "StartSessionPayload",
        token,
        session: current,
        exposureId,
        variant: assignment?.variantKey ?? null,
      };
    },

    async session(token) {
      const session = await sessionByToken(db, token);
      return session ? sessionModel(session) : notFound;
    },

    async sendTurn(request) {
      const began = performance.now();
      const k = checkedK(request.k);
      const session = await sessionByToken(db, request.token);
      if (!session) return notFound;
      const parentId = request.parentTurnId ?? session.currentTurnId;
      const parent = await turnOf(session.id, parentId);
      if (!parent) {
        const turnId = parentId ?? "";
        return {
          __typename: "UnknownTurn",
          message: `No turn "${turnId}" in this session`,
          turnId,
        };
      }
      if (request.useProductId != null) {
        return referenceTurn(session, parent, request.useProductId, k, began, request.text);
      }
      const { reference, labels } = await referenceAt(session, parent.id);
      let manipulations: readonly Manipulation[] = (request.manipulations ?? []).map(
        cleanManipulation,
      );
      if (request.text) {
        const parsed = parseTurn(request.text, { labels });
        const use = parsed.commands.find((c) => c.type === "useReference");
        if (use) {
          const productId = parent.rankedProductIds[use.item - 1];
          if (productId === undefined) {
            return nothingParsed(
              `No item ${use.item} in the current ranking`,
              `There is no item ${use.item}; pick one from 1 to ${parent.rankedProductIds.length}.`,
            );
          }
          return referenceTurn(session, parent, productId, k, began, request.text);
        }
        if (parsed.manipulations.length === 0) {
          return nothingParsed(
            "The text named no attribute change",
            parsed.reply ?? "Sorry, I did not understand what to change.",
          );
        }
        manipulations = [...manipulations, ...parsed.manipulations];
      }
      if (manipulations.length === 0) {
        return nothingParsed("No text or manipulations", "What should change?");
      }
      let ranked: Awaited<ReturnType<typeof rankedWithout>>;
      try {
        ranked = await rankedWithout(runtime, k, reference, (k) =>
          runtime.engineFor(session.model).turn(parent.state, manipulations, { k }),
        );
      } catch (error) {
        if (isRetrievalError(error) && UNKNOWN_ATTRIBUTE_CODES.has(error.code)) {
          return { __typename: "UnknownAttribute", message: error.message };
        }
        throw error;
      }
      return persist(session, parent.id, "manipulate", ranked, began, {
        text: request.text,
        manipulations,
      });
    },

    async undo(token) {
      const began = performance.now();
      const session = await sessionByToken(db, token);
      if (!session) return notFound;
      const current = await turnOf(session.id, session.currentTurnId);
      const back = await turnOf(session.id, current?.parentId ?? null);
      if (!back) {
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

    async turns(sessionId, { first, after }) {
      const size = first ?? 50;
      if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) {
        throw badUserInput(`first must be an integer from 1 to ${MAX_PAGE}, got ${size}`, "first");
      }
      const afterSeq = after == null ? 0 : decodeTurnCursor(after);
      const all = await loaders.sessionTurns.load(sessionId);
      const rest = all.filter((t) => t.seq > afterSeq);
      const edges = rest
        .slice(0, size)
        .map((node) => ({ cursor: encodeTurnCursor(node.seq), node }));
      return {
        edges,
        pageInfo: {
          hasNextPage: rest.length > size,
          hasPreviousPage: afterSeq > 0,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
        totalCount: all.length,
      };
    },

    turn: (sessionId, turnId) => turnOf(sessionId, turnId),

    async products(turn) {
      const rows = await loaders.products.loadMany(turn.rankedProductIds);
      return turn.rankedProductIds.map((id, i) => {
        const row = rows[i];
        return {
          id,
          title: row && !(row instanceof Error) ? row.title : "",
          score: turn.scores[i] ?? 0,
        };
      });
    },
  };
}
