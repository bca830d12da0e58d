// What a replica remembers of sessions' turns: only a gapless prefix, least recently used out first.
import type { TurnRecord } from "@atelier/db";
import { describe, expect, it } from "vitest";
import { createTurnCache } from "../src/turn-cache.ts";

const record = (sessionId: string, seq: number): TurnRecord => ({
  id: `${sessionId}-t${seq}`,
  sessionId,
  seq,
  parentId: seq === 1 ? null : `${sessionId}-t${seq - 1}`,
  kind: seq === 1 ? "start" : "manipulate",
  inputText: null,
  manipulations: [],
  rankedProductIds: ["p1"],
  scores: [1],
  model: "mann",
  variantId: null,
  latencyMs: 1,
  createdAt: new Date(0),
});
const seqs = (turns: readonly TurnRecord[]) => turns.map((t) => t.seq);

describe("turn cache", () => {
  it("keeps only turns that continue the known prefix, once each", () => {
    const cache = createTurnCache();
    expect(cache.known("a")).toEqual([]);
    // Turn 3 without turn 2 would hide a turn another replica stored: not kept.
    expect(seqs(cache.add("a", [record("a", 1), record("a", 3)]))).toEqual([1]);
    expect(seqs(cache.add("a", [record("a", 1), record("a", 2), record("a", 3)]))).toEqual([
      1, 2, 3,
    ]);
    expect(seqs(cache.known("a"))).toEqual([1, 2, 3]);
  });

  it("hands out copies that do not grow under the holder", () => {
    const cache = createTurnCache();
    const held = cache.add("a", [record("a", 1)]);
    cache.add("a", [record("a", 2)]);
    expect(seqs(held)).toEqual([1]);
  });

  it("drops the least recently used sessions past its turn limit", () => {
    const cache = createTurnCache({ turns: 4, stateBytes: 1024 });
    cache.add("a", [record("a", 1), record("a", 2)]);
    cache.add("b", [record("b", 1), record("b", 2)]);
    cache.known("a"); // a is now the most recent
    cache.add("c", [record("c", 1)]);
    expect(seqs(cache.known("a"))).toEqual([1, 2]);
    expect(cache.known("b")).toEqual([]);
    expect(seqs(cache.known("c"))).toEqual([1]);
  });

  it("keeps states within its byte limit, least recently used out first", () => {
    const cache = createTurnCache({ turns: 10, stateBytes: 100 });
    cache.keepState("t1", new Uint8Array(40));
    cache.keepState("t2", new Uint8Array(40));
    expect(cache.state("t1")).toBeDefined(); // t2 is now the least recent
    cache.keepState("t3", new Uint8Array(40));
    expect(cache.state("t2")).toBeUndefined();
    expect(cache.state("t1")?.byteLength).toBe(40);
    expect(cache.state("t3")?.byteLength).toBe(40);
    cache.keepState("big", new Uint8Array(101));
    expect(cache.state("big")).toBeUndefined();
  });
});
