/**
 * Sessions and turns (issue 6, item 2): every call loads what it needs from the database, so any
 * replica serves any session. Expected failures are returned as tagged values (the schema's
 * unions); malformed arguments throw a BAD_USER_INPUT GraphQLError; anything else throws.
 * One service per request: its loaders batch and cache that request's reads.
 */
import type { AppendTurnOptions, Db } from "@atelier/db";
import { sessionById, sessionByToken } from "@atelier/db";
import { decodeLabels } from "@atelier/schema";
import { decodeTurnCursor, encodeTurnCursor } from "./cursor.ts";
import { badUserInput } from "./errors.ts";
import type { Exposures } from "./experiment-service.ts";
import { checkLength, INPUT_LIMITS } from "./limits.ts";
import { createLoaders, type Loaders } from "./loaders.ts";
import { MAX_PAGE } from "./ranking.ts";
import { holds } from "./reference.ts";
import type { Runtime } from "./runtime.ts";
import { startSession } from "./session-start.ts";
import { createSessionStore, notFound, sessionModel } from "./session-store.ts";
import { previewTurn, sendTurn, undoTurn } from "./session-turns.ts";
import type { SessionService } from "./session-types.ts";

export type * from "./session-types.ts";

const NO_EXPERIMENTS: Exposures = { assign: async () => null, expose: async () => null };

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
  turnWrites: AppendTurnOptions = {},
): SessionService {
  const store = createSessionStore(db, runtime, loaders, experiments, turnWrites);
  const deps = { db, runtime, store, experiments };

  const requestedAt = async (turn: { sessionId: string; id: string }) =>
    (await store.standingAt({ id: turn.sessionId }, turn.id)).requested;

  return {
    start: (request) => startSession(deps, request),
    sendTurn: (request) => sendTurn(deps, request),
    undo: (token, turnId) => undoTurn(deps, token, turnId),
    preview: (request) => previewTurn(deps, request),

    async session(token) {
      checkLength(token, INPUT_LIMITS.id, "token");
      const session = await sessionByToken(db, token);
      return session ? sessionModel(session) : notFound;
    },

    async shared(sessionId) {
      checkLength(sessionId, INPUT_LIMITS.id, "id");
      const session = await sessionById(db, sessionId);
      return session ? sessionModel(session) : notFound;
    },

    async turns(session, { first, after }) {
      const size = first ?? 50;
      if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) {
        throw badUserInput(`first must be an integer from 1 to ${MAX_PAGE}, got ${size}`, "first");
      }
      const afterSeq = after == null ? 0 : decodeTurnCursor(after);
      const all = await loaders.sessionTurns.through(session.id, session.turnCount);
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

    turn: (sessionId, turnId) => store.turnOf(sessionId, turnId),

    requested: requestedAt,

    exposureOf: (turn) => loaders.turnExposures.load(turn.id),

    variantKey: async (variantId) =>
      variantId === null ? null : loaders.variantKeys.load(variantId),

    async filter(turn) {
      const { filter } = await store.standingAt({ id: turn.sessionId }, turn.id);
      return filter && Object.keys(filter).length > 0 ? filter : null;
    },

    async products(turn) {
      // Titles and labels come from the served catalog in memory (the database holds the same
      // rows); only products it no longer serves are read, so a plain ranking costs no query.
      const unknown = turn.rankedProductIds.filter((id) => runtime.positionOf(id) === undefined);
      const [rows, requested] = await Promise.all([
        loaders.products.loadMany(unknown),
        requestedAt(turn),
      ]);
      const stored = new Map(
        rows.flatMap((row) => (row && !(row instanceof Error) ? [[row.id, row] as const] : [])),
      );
      return turn.rankedProductIds.map((id, i) => {
        const position = runtime.positionOf(id);
        const row = stored.get(id);
        const labels: Readonly<Record<string, string | null>> =
          position !== undefined
            ? runtime.labelsOf(position)
            : row
              ? decodeLabels(runtime.catalog.schema, row.labels)
              : {};
        return {
          id,
          title: position !== undefined ? runtime.catalog.titleOf(position) : (row?.title ?? ""),
          score: turn.scores[i] ?? 0,
          has: requested.filter((want) => holds(labels, want)),
          lacks: requested.filter((want) => !holds(labels, want)),
        };
      });
    },
  };
}
