import { seededRandom } from "@atelier/random";
import type { Tensor2D } from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { isNtmError } from "../errors.ts";
import { disposeNtmState, type NtmState } from "../ntm/state.ts";
import { tf, useWasmTf } from "../test-support/tf.ts";
import { disposeMannBatch, mannBatch, runMann } from "./batch.ts";
import { createMann } from "./mann.ts";
import { maxAbsDiff, randomSequences, tinySchema } from "./test-support.ts";

useWasmTf();

const options = { dim: 4, controllerUnits: 8 };

describe("mannBatch", () => {
  it("pads sequences of different lengths with zero indicators and masks them off", () => {
    const mann = createMann(tf, tinySchema, options, 1);
    const sequences = randomSequences(tinySchema, 4, seededRandom(2), 3, 1);
    const lengths = [3, 1, 2];
    for (const [b, s] of sequences.entries()) {
      s.indicators = Array.from({ length: lengths[b] ?? 0 }, () => s.indicators[0] as Float32Array);
    }
    const batch = mannBatch(tf, mann.config, sequences);
    expect(batch.indicators.shape).toEqual([3, 3, 7]);
    expect(batch.masks.arraySync()).toEqual([
      [1, 1, 1],
      [1, 0, 1],
      [1, 0, 0],
    ]);
    const padding = tf.tidy(() => tf.sum(tf.abs(batch.indicators.slice([1, 1, 0], [2, 1, 7]))));
    expect(padding.dataSync()[0]).toBe(0);
    padding.dispose();
    disposeMannBatch(batch);
    mann.dispose();
  });

  it("names a sequence whose vectors or indicators have the wrong size", () => {
    const mann = createMann(tf, tinySchema, options, 1);
    const [good] = randomSequences(tinySchema, 4, seededRandom(3), 1, 2);
    const fail = (edit: object, steps?: number) => {
      try {
        mannBatch(tf, mann.config, [{ ...(good as object), ...edit } as typeof good & {}], steps);
      } catch (error) {
        return isNtmError(error) ? error.message : String(error);
      }
      return "no error";
    };
    expect(fail({ query: new Float32Array(5) })).toBe(
      "sequence 0 query has 5 entries, expected 12",
    );
    expect(fail({ indicators: [new Float32Array(151)] })).toBe(
      "sequence 0 indicator 0 has 151 entries, expected 7",
    );
    expect(fail({ indicators: [new Float32Array(7), new Float32Array(7)] }, 1)).toBe(
      "sequence 0 has 2 manipulations, more than 1 steps",
    );
    mann.dispose();
  });
});

describe("runMann", () => {
  it("stops each sequence at its own end: a mixed batch equals each sequence run alone", () => {
    const mann = createMann(tf, tinySchema, options, 4);
    const sequences = randomSequences(tinySchema, 4, seededRandom(5), 6, 4);
    const batch = mannBatch(tf, mann.config, sequences);
    const memoryOf = (state: NtmState) => {
      const values = state.memory.dataSync().slice();
      disposeNtmState(state);
      return values;
    };
    const together = memoryOf(runMann(tf, mann, batch));
    const per = 3 * 4;
    for (const [b, s] of sequences.entries()) {
      const alone = mannBatch(tf, mann.config, [s]);
      const expected = memoryOf(runMann(tf, mann, alone));
      expect(maxAbsDiff(together.slice(b * per, (b + 1) * per), expected)).toBeLessThan(1e-5);
      disposeMannBatch(alone);
    }
    disposeMannBatch(batch);
    mann.dispose();
  });

  it("names a batch whose tensors do not fit the MANN", () => {
    const mann = createMann(tf, tinySchema, options, 6);
    const sequences = randomSequences(tinySchema, 4, seededRandom(7), 2, 2);
    const batch = mannBatch(tf, mann.config, sequences);
    const targets = tf.zeros([3, 12]) as Tensor2D;
    expect(() => runMann(tf, mann, { ...batch, targets })).toThrow(
      "batch targets must have shape [2, 12], got [3, 12]",
    );
    targets.dispose();
    disposeMannBatch(batch);
    mann.dispose();
  });
});
