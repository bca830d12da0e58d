import { seededRandom, uniformArray } from "@atelier/random";
import type { Tensor4D } from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadTfjsWasm } from "../backend.ts";
import type { Tf } from "../tf.ts";
import { registerWasmConv2DBackpropInput } from "./conv2d-backprop-input.ts";

type Shape4 = [number, number, number, number];
type Pad = "same" | "valid";

const cases: { x: Shape4; filter: Shape4; strides: number | [number, number]; pad: Pad }[] = [
  { x: [2, 8, 8, 3], filter: [3, 3, 3, 4], strides: 2, pad: "same" },
  { x: [2, 9, 7, 3], filter: [3, 3, 3, 4], strides: 2, pad: "same" },
  { x: [3, 9, 9, 2], filter: [3, 3, 2, 5], strides: 2, pad: "valid" },
  { x: [2, 8, 8, 2], filter: [3, 3, 2, 3], strides: 1, pad: "same" },
  { x: [2, 11, 10, 3], filter: [5, 5, 3, 2], strides: 2, pad: "same" },
  { x: [2, 10, 12, 3], filter: [3, 2, 3, 4], strides: [3, 2], pad: "same" },
  { x: [2, 7, 7, 3], filter: [2, 2, 3, 2], strides: 2, pad: "valid" },
];

const size = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

async function inputGrad(
  tf: Tf,
  backend: string,
  c: (typeof cases)[number],
): Promise<Float32Array> {
  await tf.setBackend(backend);
  return tf.tidy(() => {
    const x = tf.tensor4d(uniformArray(seededRandom(1), size(c.x), -1, 1), c.x);
    const w = tf.tensor4d(uniformArray(seededRandom(2), size(c.filter), -1, 1), c.filter);
    const grad = tf.grad((input) =>
      tf
        .conv2d(input as Tensor4D, w, c.strides, c.pad)
        .square()
        .sum(),
    )(x);
    return grad.dataSync() as Float32Array;
  });
}

describe("Conv2DBackpropInput on wasm", () => {
  let tf: Tf;
  beforeAll(async () => {
    tf = await loadTfjsWasm();
  });

  it.each(cases)(
    "matches the cpu backend's input gradient: x $x, filter $filter, strides $strides, $pad",
    async (c) => {
      const expected = await inputGrad(tf, "cpu", c);
      const actual = await inputGrad(tf, "wasm", c);
      expect(actual.length).toBe(expected.length);
      const scale = Math.max(...expected.map(Math.abs));
      const worst = Math.max(...actual.map((v, i) => Math.abs(v - (expected[i] ?? 0))));
      expect(worst / scale).toBeLessThan(1e-5);
    },
  );

  it("releases its intermediates and registers once", async () => {
    await tf.setBackend("wasm");
    expect(registerWasmConv2DBackpropInput(tf)).toBe(false);
    const tensors = tf.memory().numTensors;
    // Kernel-level intermediates never reach the engine's count; the backend's buffers do.
    const buffers = tf.backend().numDataIds();
    await inputGrad(tf, "wasm", cases[0] as (typeof cases)[number]);
    expect(tf.memory().numTensors).toBe(tensors);
    expect(tf.backend().numDataIds()).toBe(buffers);
  });
});
