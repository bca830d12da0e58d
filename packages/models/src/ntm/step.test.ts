import type { Tf } from "@atelier/ml";
import { loadTfjsWasm } from "@atelier/ml";
import { seededRandom, uniformArray } from "@atelier/random";
import type { Tensor, Tensor2D, Tensor3D } from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Addressing } from "./config.ts";
import { createNtm, type Ntm } from "./ntm.ts";
import { disposeNtmState, type NtmState, STATE_FIELDS } from "./state.ts";

let tf: Tf;
beforeAll(async () => {
  tf = await loadTfjsWasm();
  await tf.setBackend("wasm");
});

const BATCH = 5;
const STEPS = 4;
const sizes = { inputSize: 7, memoryRows: 6, memoryWidth: 5, controllerUnits: 12, outputSize: 3 };

function randomTensor(seed: number, shape: number[]): Tensor {
  const count = shape.reduce((a, b) => a * b);
  return tf.tensor(uniformArray(seededRandom(seed), count, -1, 1), shape);
}

/** Runs `inputs` ([STEPS, B, inputSize]) from `memory`; returns the states' and outputs' values. */
function run(ntm: Ntm, memory: Tensor3D, inputs: Tensor3D): Float32Array[] {
  return tf.tidy(() => {
    let state = ntm.init(memory.shape[0], memory);
    const outputs: Tensor[] = [];
    for (let t = 0; t < STEPS; t++) {
      state = ntm.step(ntm.params, state, inputs.gather(t) as Tensor as Tensor2D);
      outputs.push(ntm.output(ntm.params, state));
    }
    return [...STATE_FIELDS.map((f) => state[f]), ...outputs].map(
      (t) => t.dataSync() as Float32Array,
    );
  });
}

describe.each<Addressing>(["content", "full"])("ntmStep with %s addressing", (addressing) => {
  it("gives every state field and the output the shapes the config implies", () => {
    const ntm = createNtm(tf, { ...sizes, addressing }, 1);
    const s0 = ntm.init(BATCH);
    const input = tf.zeros([BATCH, sizes.inputSize]) as Tensor2D;
    const s1 = ntm.step(ntm.params, s0, input);
    const out = ntm.output(ntm.params, s1);
    expect(s1.memory.shape).toEqual([BATCH, 6, 5]);
    expect([s1.h.shape, s1.c.shape]).toEqual([
      [BATCH, 12],
      [BATCH, 12],
    ]);
    expect(s1.read.shape).toEqual([BATCH, 5]);
    expect([s1.readWeights.shape, s1.writeWeights.shape]).toEqual([
      [BATCH, 6],
      [BATCH, 6],
    ]);
    expect(out.shape).toEqual([BATCH, 3]);
    // Weightings are distributions over the rows.
    const sums = tf.tidy(() => tf.sum(s1.writeWeights, 1).dataSync());
    for (const s of sums) expect(s).toBeCloseTo(1, 5);
    for (const t of [out, input]) t.dispose();
    for (const s of [s0, s1]) disposeNtmState(s);
    ntm.dispose();
  });

  it("steps a batch of 5 sessions exactly as it steps each alone", () => {
    const ntm = createNtm(tf, { ...sizes, addressing }, 2);
    const memory = randomTensor(3, [BATCH, 6, 5]) as Tensor3D;
    const inputs = randomTensor(4, [STEPS, BATCH, sizes.inputSize]) as Tensor3D;
    const batched = run(ntm, memory, inputs);
    for (let b = 0; b < BATCH; b++) {
      const alone = tf.tidy(() =>
        run(ntm, memory.slice([b, 0, 0], [1, -1, -1]), inputs.slice([0, b, 0], [-1, 1, -1])),
      );
      for (const [i, values] of alone.entries()) {
        const all = batched[i] as Float32Array;
        const per = values.length;
        const diff = values.reduce(
          (m, v, j) => Math.max(m, Math.abs(v - (all[b * per + j] as number))),
          0,
        );
        expect(diff).toBeLessThan(1e-5);
      }
    }
    memory.dispose();
    inputs.dispose();
    ntm.dispose();
  });

  it("writes with an imposed write weighting when given one, and checks its shape", () => {
    const ntm = createNtm(tf, { ...sizes, addressing }, 4);
    const memory = randomTensor(6, [2, 6, 5]) as Tensor3D;
    const input = randomTensor(7, [2, sizes.inputSize]) as Tensor2D;
    const weights = tf.oneHot([1, 4], 6).toFloat() as Tensor2D;
    const s0 = ntm.init(2, memory);
    const s1 = ntm.step(ntm.params, s0, input, { writeWeights: weights });
    expect(s1.writeWeights.arraySync()).toEqual(weights.arraySync());
    const [before, after] = [s0.memory.arraySync(), s1.memory.arraySync()];
    for (const [b, row] of [1, 4].entries()) {
      for (let r = 0; r < 6; r++) {
        if (r !== row) expect(after[b]?.[r]).toEqual(before[b]?.[r]);
      }
    }
    const wrong = tf.zeros([2, 5]) as Tensor2D;
    expect(() => ntm.step(ntm.params, s0, input, { writeWeights: wrong })).toThrow(
      "write weights must have shape [2, 6], got [2, 5]",
    );
    for (const t of [memory, input, weights, wrong]) t.dispose();
    for (const s of [s0, s1]) disposeNtmState(s);
    ntm.dispose();
  });

  it("leaves no tensor behind once the caller disposes the states", () => {
    const ntm = createNtm(tf, { ...sizes, addressing }, 3);
    const input = randomTensor(5, [BATCH, sizes.inputSize]) as Tensor2D;
    const before = tf.memory().numTensors;
    let state: NtmState = ntm.init(BATCH);
    for (let t = 0; t < STEPS; t++) {
      const next = ntm.step(ntm.params, state, input);
      disposeNtmState(state);
      state = next;
      ntm.output(ntm.params, state).dispose();
    }
    disposeNtmState(state);
    expect(tf.memory().numTensors).toBe(before);
    input.dispose();
    ntm.dispose();
  });
});

describe("createNtm", () => {
  it("draws the same weights from the same seed and others from another", () => {
    const values = (seed: number) => {
      const ntm = createNtm(tf, sizes, seed);
      const out = ntm.variables().map((v) => Array.from(v.dataSync()));
      ntm.dispose();
      return out;
    };
    expect(values(9)).toEqual(values(9));
    expect(values(9)).not.toEqual(values(10));
  });

  it("disposes every weight it created", () => {
    const before = tf.memory().numTensors;
    createNtm(tf, { ...sizes, addressing: "full" }, 1).dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it("rejects an input, a state or an initial memory of the wrong shape, naming it", () => {
    const ntm = createNtm(tf, sizes, 1);
    const state = ntm.init(2);
    const input = tf.zeros([2, 4]) as Tensor2D;
    expect(() => ntm.step(ntm.params, state, input)).toThrow(
      "step input must have shape [2, 7], got [2, 4]",
    );
    const other = createNtm(tf, { ...sizes, controllerUnits: 4 }, 1);
    const foreign = other.init(2);
    const fits = tf.zeros([2, 7]) as Tensor2D;
    expect(() => ntm.step(ntm.params, foreign, fits)).toThrow(
      "state h must have shape [2, 12], got [2, 4]",
    );
    disposeNtmState(foreign);
    other.dispose();
    const memory = tf.zeros([2, 6, 4]) as Tensor3D;
    expect(() => ntm.init(2, memory)).toThrow("memory must have shape [2, 6, 5], got [2, 6, 4]");
    for (const t of [input, fits, memory]) t.dispose();
    disposeNtmState(state);
    ntm.dispose();
  });

  it("refuses an output when the config has no output layer (the MANN reads memory)", () => {
    const ntm = createNtm(tf, { ...sizes, outputSize: 0 }, 1);
    const state = ntm.init(1);
    expect(() => ntm.output(ntm.params, state)).toThrow("this NTM has no output layer");
    disposeNtmState(state);
    ntm.dispose();
  });
});
