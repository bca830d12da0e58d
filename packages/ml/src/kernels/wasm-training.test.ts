import { seededRandom, uniformArray } from "@atelier/random";
import type { Tensor, Tensor4D } from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadTfjsWasm } from "../backend.ts";
import type { Tf } from "../tf.ts";

/** Deterministic values in [-0.5, 0.5), identical on every backend. */
function values(count: number, seed: number): Float32Array {
  return uniformArray(seededRandom(seed), count, -0.5, 0.5);
}

const paramShapes: Array<[number, ...number[]]> = [
  [3, 3, 3, 8], // conv 1, stride 2
  [3, 3, 8, 6], // conv 2, stride [2, 3], valid
  [3 * 3 * 6, 5], // dense on the 3x3x6 output of conv 2
];

/** Gradients of a small two-conv + dense net w.r.t. all its weights, on one backend. */
async function netGrads(tf: Tf, backend: string): Promise<Float32Array[]> {
  await tf.setBackend(backend);
  return tf.tidy(() => {
    const x = tf.tensor4d(values(2 * 16 * 18 * 3, 7), [2, 16, 18, 3]);
    const params = paramShapes.map((shape, i) =>
      tf.tensor(
        values(
          shape.reduce((a, b) => a * b),
          i + 1,
        ),
        shape,
      ),
    );
    const loss = (w1: Tensor, w2: Tensor, dense: Tensor) => {
      const h1 = tf.relu(tf.conv2d(x, w1 as Tensor4D, 2, "same"));
      const h2 = tf.tanh(tf.conv2d(h1, w2 as Tensor4D, [2, 3], "valid"));
      const logits = tf.matMul(tf.reshape(h2, [2, -1]), dense as Tensor);
      return tf.sum(tf.square(logits));
    };
    const grads = tf.grads((...p: Tensor[]) =>
      loss(p[0] as Tensor, p[1] as Tensor, p[2] as Tensor),
    )(params);
    return grads.map((g) => g.dataSync() as Float32Array);
  });
}

describe("training on wasm", () => {
  let tf: Tf;
  beforeAll(async () => {
    tf = await loadTfjsWasm();
  });

  it("computes the same full-network gradients as cpu (tf.grads)", async () => {
    const reference = await netGrads(tf, "cpu");
    const wasm = await netGrads(tf, "wasm");
    for (const [i, ref] of reference.entries()) {
      const got = wasm[i] ?? new Float32Array();
      expect(got.length).toBe(ref.length);
      const diff = ref.reduce(
        (max, v, j) => Math.max(max, Math.abs(v - (got[j] ?? Number.NaN))),
        0,
      );
      expect(diff).toBeLessThan(1e-4);
    }
  });

  it("runs a layers-model fit step that changes the weights without leaking", async () => {
    await tf.setBackend("wasm");
    const model = tf.sequential({
      layers: [
        tf.layers.conv2d({
          inputShape: [16, 16, 3],
          filters: 4,
          kernelSize: 3,
          strides: 2,
          padding: "same",
          activation: "relu",
        }),
        tf.layers.conv2d({
          filters: 6,
          kernelSize: 3,
          strides: 2,
          padding: "valid",
          activation: "relu",
        }),
        tf.layers.flatten(),
        tf.layers.dense({ units: 3, activation: "softmax" }),
      ],
    });
    model.compile({ optimizer: tf.train.sgd(0.1), loss: "categoricalCrossentropy" });
    const xs = tf.tensor4d(values(8 * 16 * 16 * 3, 11), [8, 16, 16, 3]);
    const ys = tf.oneHot(tf.tensor1d([0, 1, 2, 0, 1, 2, 0, 1], "int32"), 3);
    const kernel = () => {
      const [first] = model.getWeights(); // the first conv's kernel
      if (first === undefined) throw new Error("model has no weights");
      return Float32Array.from(first.dataSync());
    };

    const initial = kernel();
    await model.fit(xs, ys, { epochs: 1, batchSize: 8, verbose: 0 }); // warm-up: optimizer state
    const tensorsAfterFirstStep = tf.memory().numTensors;
    const history = await model.fit(xs, ys, { epochs: 1, batchSize: 8, verbose: 0 });

    expect(Number.isFinite(history.history.loss?.[0])).toBe(true);
    expect(tf.memory().numTensors).toBe(tensorsAfterFirstStep);
    const moved = kernel().reduce((max, v, i) => Math.max(max, Math.abs(v - (initial[i] ?? v))), 0);
    expect(moved).toBeGreaterThan(0);
    model.dispose();
    tf.dispose([xs, ys]);
  });
});
