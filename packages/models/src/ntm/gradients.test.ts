import type { Tf } from "@atelier/ml";
import { loadTfjsWasm } from "@atelier/ml";
import { seededRandom, uniformArray } from "@atelier/random";
import type { Scalar, Tensor2D, Tensor3D } from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import type { NtmOptions } from "./config.ts";
import { createNtm } from "./ntm.ts";
import { disposeNtmState } from "./state.ts";

let tf: Tf;
beforeAll(async () => {
  tf = await loadTfjsWasm();
  await tf.setBackend("wasm");
});

const base = { inputSize: 6, memoryRows: 5, memoryWidth: 4, controllerUnits: 10, outputSize: 3 };
const variants: Array<[string, NtmOptions]> = [
  ["content addressing, stabilisers on", { ...base, addressing: "content" }],
  ["full addressing, stabilisers on", { ...base, addressing: "full" }],
  [
    "full addressing, stabilisers off",
    { ...base, addressing: "full", tanhKeyAndAdd: false, outputClip: 0 },
  ],
];

describe("gradients through several steps", () => {
  it.each(variants)("are finite and non-zero for every parameter: %s", (_, options) => {
    const ntm = createNtm(tf, options, 11);
    const random = seededRandom(12);
    const steps = 5;
    const batch = 3;
    const before = tf.memory().numTensors;
    const norms = tf.tidy(() => {
      const inputs = tf.tensor3d(uniformArray(random, steps * batch * 6, -2, 2), [steps, batch, 6]);
      const memory = tf.tensor3d(uniformArray(random, batch * 5 * 4, -1, 1), [batch, 5, 4]);
      const target = tf.tensor2d(uniformArray(random, batch * 3, -1, 1), [batch, 3]);
      const { grads } = tf.variableGrads(() => {
        let state = ntm.init(batch, memory as Tensor3D);
        for (let t = 0; t < steps; t++) {
          const next = ntm.step(ntm.params, state, inputs.gather(t) as unknown as Tensor2D);
          disposeNtmState(state);
          state = next;
        }
        // Both the output and the memory carry the loss, as they do for the copy task and MANN.
        const out = tf.losses.meanSquaredError(target, ntm.output(ntm.params, state));
        return tf.add(out, tf.mean(tf.square(state.memory))) as Scalar;
      }, ntm.variables());
      return ntm.variables().map((v) => {
        const g = grads[v.name];
        if (g === undefined) throw new Error(`no gradient for ${v.name}`);
        return { name: v.name, values: g.dataSync() as Float32Array };
      });
    });
    expect(tf.memory().numTensors).toBe(before);
    expect(norms).toHaveLength(8);
    for (const { name, values } of norms) {
      expect(values.every(Number.isFinite), `${name} has a non-finite gradient`).toBe(true);
      expect(
        values.some((v) => v !== 0),
        `${name} has an all-zero gradient`,
      ).toBe(true);
    }
    ntm.dispose();
  });
});
