import { seededRandom, uniformArray } from "@atelier/random";
import { beforeAll, describe, expect, it } from "vitest";
import { loadTfjsWasm } from "../backend.ts";
import type { Tf } from "../tf.ts";
import { registerWasmBatchMatMul } from "./batch-matmul.ts";

const cases = [
  { a: [5, 7], b: [7, 3], transposeA: false, transposeB: false },
  { a: [7, 5], b: [7, 3], transposeA: true, transposeB: false },
  { a: [5, 7], b: [3, 7], transposeA: false, transposeB: true },
  { a: [7, 5], b: [3, 7], transposeA: true, transposeB: true },
  { a: [2, 6, 4], b: [2, 6, 3], transposeA: true, transposeB: false },
];

async function product(tf: Tf, backend: string, c: (typeof cases)[number]): Promise<Float32Array> {
  await tf.setBackend(backend);
  return tf.tidy(() => {
    const size = (s: number[]) => s.reduce((x, y) => x * y, 1);
    const a = tf.tensor(uniformArray(seededRandom(1), size(c.a), -1, 1), c.a);
    const b = tf.tensor(uniformArray(seededRandom(2), size(c.b), -1, 1), c.b);
    return tf.matMul(a, b, c.transposeA, c.transposeB).dataSync() as Float32Array;
  });
}

describe("BatchMatMul on wasm", () => {
  let tf: Tf;
  beforeAll(async () => {
    tf = await loadTfjsWasm();
  });

  it.each(cases)(
    "matches the cpu backend: a $a, b $b, transposeA $transposeA, transposeB $transposeB",
    async (c) => {
      const expected = await product(tf, "cpu", c);
      const actual = await product(tf, "wasm", c);
      expect(actual.length).toBe(expected.length);
      for (let i = 0; i < expected.length; i++) expect(actual[i]).toBeCloseTo(expected[i] ?? 0, 5);
    },
  );

  it("releases its transposed copies and registers once", async () => {
    await tf.setBackend("wasm");
    expect(registerWasmBatchMatMul(tf)).toBe(false);
    const buffers = tf.backend().numDataIds();
    await product(tf, "wasm", cases[3] as (typeof cases)[number]);
    expect(tf.backend().numDataIds()).toBe(buffers);
  });
});
