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
  // Maps iterate in insertion order: deleting and setting again marks an entry most recent.
  const sessions = new Map<string, TurnRecord[]>();
  const states = new Map<string, Uint8Array>();
  let turnCount = 0;
  let stateBytes = 0;

  const touch = <V>(map: Map<string, V>, key: string): V | undefined => {
    const value = map.get(key);
    if (value !== undefined) {
      map.delete(key);
      map.set(key, value);
    }
    return value;
  };

  const evictTurns = () => {
    for (const [id, turns] of sessions) {
      if (turnCount <= limits.turns) break;
      sessions.delete(id);
      turnCount -= turns.length;
    }
  };

  return {
    // Copies, so a list a request holds across an await does not grow under it.
    known: (sessionId) => touch(sessions, sessionId)?.slice() ?? [],

    add(sessionId, turns) {
      const list = touch(sessions, sessionId) ?? [];
      const before = list.length;
      for (const turn of turns) {
        if (turn.seq === list.length + 1) list.push(turn);
      }
      if (list.length > 0) sessions.set(sessionId, list);
      turnCount += list.length - before;
      evictTurns();
      return list.slice();
    },

    state: (turnId) => touch(states, turnId),

    keepState(turnId, state) {
      if (state.byteLength > limits.stateBytes || states.has(turnId)) return;
      states.set(turnId, state);
      stateBytes += state.byteLength;
      for (const [id, kept] of states) {
        if (stateBytes <= limits.stateBytes) break;
        states.delete(id);
        stateBytes -= kept.byteLength;
      }
    },
  };
}
