import type { Tensor1D } from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { isNtmError } from "../errors.ts";
import { randomNtmState, stateBits } from "../test-support/ntm-state.ts";
import { tf, useWasmTf } from "../test-support/tf.ts";
import { disposeNtmState, type NtmState } from "./state.ts";
import { concatStates, selectState, splitState } from "./state-batch.ts";
import { stateFromBytes, stateToBytes } from "./state-bytes.ts";

useWasmTf();

/** A state of `batch` sessions, memory 3 x 4, 5 units, every field distinct random floats. */
function randomState(seed: number, batch: number, units = 5): NtmState {
  return randomNtmState(tf, seed, { batch, rows: 3, width: 4, units });
}

const bits = stateBits;

type Bits = Uint32Array[];

/** The bits of each session of `state`, in order (via splitState, whose parts are freed). */
function sessionBits(state: NtmState): Bits[] {
  const sessions = splitState(tf, state);
  const out = sessions.map(bits);
  for (const s of sessions) disposeNtmState(s);
  return out;
}

describe("splitState and concatStates", () => {
  it("split a batch into single sessions and join them back bit for bit", () => {
    const state = randomState(1, 4);
    const singles = splitState(tf, state);
    expect(singles.map((s) => s.memory.shape)).toEqual(Array(4).fill([1, 3, 4]));
    const joined = concatStates(tf, singles);
    expect(bits(joined)).toEqual(bits(state));
    for (const s of [state, joined, ...singles]) disposeNtmState(s);
  });

  it("re-assemble a batch from sessions stored as bytes one by one", async () => {
    const state = randomState(2, 3);
    const singles = splitState(tf, state);
    const stored = await Promise.all(singles.map((s) => stateToBytes(s)));
    const loaded = stored.map((bytes) => stateFromBytes(tf, bytes, { batch: 1 }));
    // Sessions come back in any order: here the last first.
    const reordered = concatStates(tf, [loaded[2], loaded[0], loaded[1]] as NtmState[]);
    const expected = concatStates(tf, [singles[2], singles[0], singles[1]] as NtmState[]);
    expect(bits(reordered)).toEqual(bits(expected));
    for (const s of [state, reordered, expected, ...singles, ...loaded]) disposeNtmState(s);
  });

  it("join batches of different sizes", () => {
    const [a, b] = [randomState(3, 2), randomState(4, 3)];
    const joined = concatStates(tf, [a, b]);
    expect(joined.h.shape).toEqual([5, 5]);
    const [whole, tail] = [splitState(tf, joined), splitState(tf, b)];
    expect(bits(whole[4] as NtmState)).toEqual(bits(tail[2] as NtmState));
    for (const s of [a, b, joined, ...whole, ...tail]) disposeNtmState(s);
  });

  it("refuse to join nothing, or states of different sizes, naming the first misfit", () => {
    const [a, b] = [randomState(5, 1), randomState(6, 2, 7)];
    const fail = (states: NtmState[]) => {
      try {
        concatStates(tf, states);
      } catch (error) {
        return isNtmError(error) ? error.message : String(error);
      }
      return "no error";
    };
    expect(fail([])).toBe("concatStates needs at least 1 state");
    expect(fail([a, b])).toBe("state 1 h must have shape [2, 5], got [2, 7]");
    for (const s of [a, b]) disposeNtmState(s);
  });
});

describe("selectState", () => {
  it("takes next where the mask is 1 and previous where it is 0, exactly", () => {
    const [next, previous] = [randomState(7, 3), randomState(8, 3)];
    const mask = tf.tensor1d([0, 1, 0]) as Tensor1D;
    const chosen = selectState(tf, mask, next, previous);
    const [n, p, c] = [next, previous, chosen].map(sessionBits) as [Bits[], Bits[], Bits[]];
    expect(c).toEqual([p[0], n[1], p[2]]);
    for (const s of [next, previous, chosen]) disposeNtmState(s);
    mask.dispose();
  });
});
