import { describe, expect, it } from "vitest";
import { microBatcher } from "./batcher.ts";

describe("microBatcher", () => {
  it("runs requests arriving together as one batch, each getting its own result", async () => {
    const batches: number[][] = [];
    const submit = microBatcher(async (xs: readonly number[]) => {
      batches.push([...xs]);
      return xs.map((x) => x * 2);
    });
    expect(await Promise.all([submit(1), submit(2), submit(3)])).toEqual([2, 4, 6]);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it("splits at maxBatch and rejects only the request whose slot holds an error", async () => {
    const sizes: number[] = [];
    const submit = microBatcher(
      async (xs: readonly number[]) => {
        sizes.push(xs.length);
        return xs.map((x) => (x < 0 ? new Error(`negative ${x}`) : x));
      },
      { maxBatch: 2 },
    );
    const results = await Promise.allSettled([submit(1), submit(-1), submit(3)]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(sizes).toEqual([2, 1]);
  });

  it("runs a lone request without waiting for a timer, and honours a window when given", async () => {
    const sizes: number[] = [];
    const run = async (xs: readonly number[]) => {
      sizes.push(xs.length);
      return [...xs];
    };
    const immediate = microBatcher(run);
    const began = performance.now();
    expect(await immediate(1)).toBe(1);
    expect(performance.now() - began).toBeLessThan(20);

    const windowed = microBatcher(run, { windowMs: 30 });
    const first = windowed(1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await Promise.all([first, windowed(2)])).toEqual([1, 2]);
    expect(sizes).toEqual([1, 2]);
  });
});
