/**
 * What this replica remembers of sessions' turns across requests. A stored turn never changes and
 * a session's seqs have no gaps, so the first n turns of a session, once read, are the same on
 * every replica forever: a request reads only the turns stored after those (usually none) and
 * the memory state of the turn it continues from (usually the one this replica just wrote).
 * Both are bounded, least recently used first out.
 */
import type { TurnRecord } from "@atelier/db";

export interface TurnCacheLimits {
  /** Turn records kept across all sessions (a record is ~1-2 KB). */
  readonly turns: number;
  /** Bytes of memory states kept. */
  readonly stateBytes: number;
}

export const DEFAULT_TURN_CACHE_LIMITS: TurnCacheLimits = {
  turns: 50_000,
  stateBytes: 64 * 1024 * 1024,
};

export interface TurnCache {
  /** The first turns of a session this replica knows, in seq order ([] when none). */
  known(sessionId: string): readonly TurnRecord[];
  /** Adds turns read or written; only those that continue the known prefix are kept. */
  add(sessionId: string, turns: readonly TurnRecord[]): readonly TurnRecord[];
  state(turnId: string): Uint8Array | undefined;
  keepState(turnId: string, state: Uint8Array): void;
}

/**
 * @example
 * const cache = createTurnCache(); // one per server process
 * cache.add(session.id, await turnsAfter(db, [{ sessionId: session.id, afterSeq: 0 }])[0]);
 */
export function createTurnCache(limits: TurnCacheLimits = DEFAULT_TURN_CACHE_LIMITS): TurnCache {
  const sessions = weightedLru<TurnRecord[]>(limits.turns, (turns) => turns.length);
  const states = weightedLru<Uint8Array>(limits.stateBytes, (state) => state.byteLength);

  return {
    // Copies, so a list a request holds across an await does not grow under it.
    known: (sessionId) => sessions.get(sessionId)?.slice() ?? [],

    add(sessionId, turns) {
      const list = sessions.get(sessionId)?.slice() ?? [];
      for (const turn of turns) {
        if (turn.seq === list.length + 1) list.push(turn);
      }
      if (list.length > 0) sessions.set(sessionId, list);
      return list.slice();
    },

    state: (turnId) => states.get(turnId),

    keepState(turnId, state) {
      if (state.byteLength > limits.stateBytes || states.has(turnId)) return;
      states.set(turnId, state);
    },
  };
}

/**
 * A map that keeps the total weight of its values within `limit`, dropping the least recently
 * used first (Maps iterate in insertion order: setting a key again marks it most recent).
 */
function weightedLru<V>(limit: number, weightOf: (value: V) => number) {
  const entries = new Map<string, { value: V; weight: number }>();
  let total = 0;
  return {
    has: (key: string) => entries.has(key),
    get(key: string): V | undefined {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      entries.delete(key);
      entries.set(key, entry);
      return entry.value;
    },
    set(key: string, value: V): void {
      const old = entries.get(key);
      if (old !== undefined) {
        total -= old.weight;
        entries.delete(key);
      }
      const weight = weightOf(value);
      entries.set(key, { value, weight });
      total += weight;
      for (const [oldest, entry] of entries) {
        if (total <= limit) break;
        entries.delete(oldest);
        total -= entry.weight;
      }
    },
  };
}
