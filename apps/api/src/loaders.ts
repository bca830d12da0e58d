/**
 * Per-request DataLoaders (issue 6, item 3): every product and turn a request resolves is read in
 * one batched query per kind, so a session of N turns costs a constant number of queries; turns
 * this replica already knows (see turn-cache.ts) are not read again.
 */
import type { Db, Product, Turn, TurnRecord, TurnsAfter } from "@atelier/db";
import {
  exposuresOfTurns,
  listProductsByIds,
  turnStates,
  turnsAfter,
  variantKeys,
} from "@atelier/db";
import DataLoader from "dataloader";
import { createTurnCache, type TurnCache } from "./turn-cache.ts";

/** A session's turns as a request reads them: what the replica knows, then the database. */
export interface SessionTurns {
  /** The session's turns in seq order: at least its first `count`. */
  through(sessionId: string, count: number): Promise<readonly TurnRecord[]>;
  /** The session's turns in seq order, holding `turnId` (and so its ancestors) if it exists. */
  holding(sessionId: string, turnId: string): Promise<readonly TurnRecord[]>;
  /** The memory state a turn stored. */
  stateOf(turn: TurnRecord): Promise<Uint8Array>;
  /** Remembers a turn this request stored. */
  stored(turn: Turn): void;
}

export interface Loaders {
  /** Products by id; a missing product loads as null. */
  readonly products: DataLoader<string, Product | null>;
  readonly sessionTurns: SessionTurns;
  /** The exposure of a turn's ranking by turn id; null outside an experiment. */
  readonly turnExposures: DataLoader<string, string | null>;
  /** Variant keys by variant id. */
  readonly variantKeys: DataLoader<string, string | null>;
}

/**
 * Creates fresh loaders; build one set per request so their caches never outlive it. `cache`
 * is the replica's memory of turns across requests (by default one for these loaders alone).
 *
 * @example
 * const loaders = createLoaders(db, turnCache);
 * const [a, b] = await Promise.all([loaders.products.load("p1"), loaders.products.load("p2")]);
 */
export function createLoaders(db: Db, cache: TurnCache = createTurnCache()): Loaders {
  return {
    products: new DataLoader(async (ids) => {
      const byId = new Map((await listProductsByIds(db, ids)).map((p) => [p.id, p]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    sessionTurns: sessionTurnsOf(db, cache),
    turnExposures: new DataLoader((turnIds) => exposuresOfTurns(db, turnIds)),
    variantKeys: new DataLoader((variantIds) => variantKeys(db, variantIds)),
  };
}

function sessionTurnsOf(db: Db, cache: TurnCache): SessionTurns {
  // One query for every session a request reads past what is known (a page of sessions too).
  const newer = new DataLoader<TurnsAfter, TurnRecord[], string>((wants) => turnsAfter(db, wants), {
    cacheKeyFn: (want) => `${want.sessionId}:${want.afterSeq}`,
  });
  const states = new DataLoader((ids: readonly string[]) => turnStates(db, ids));
  const refreshed = async (sessionId: string) => {
    const known = cache.known(sessionId);
    return cache.add(sessionId, await newer.load({ sessionId, afterSeq: known.length }));
  };

  return {
    async through(sessionId, count) {
      const known = cache.known(sessionId);
      return known.length >= count ? known : refreshed(sessionId);
    },

    async holding(sessionId, turnId) {
      const known = cache.known(sessionId);
      return known.some((t) => t.id === turnId) ? known : refreshed(sessionId);
    },

    async stateOf(turn) {
      const kept = cache.state(turn.id);
      if (kept) return kept;
      const state = await states.load(turn.id);
      if (!state) throw new Error(`turn ${turn.id} has no stored state`);
      cache.keepState(turn.id, state);
      return state;
    },

    stored(turn) {
      const { state, ...record } = turn;
      cache.add(turn.sessionId, [record]);
      cache.keepState(turn.id, state);
    },
  };
}
