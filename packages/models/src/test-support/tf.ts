// Shared by the *.test.ts files only; not exported from the package.
import type { Tf } from "@atelier/ml";
import { loadTfjsWasm } from "@atelier/ml";
import { afterEach, beforeAll, beforeEach, expect } from "vitest";

/** The tfjs namespace on the wasm backend, set once `useWasmTf`'s beforeAll has run. */
export let tf: Tf;

/**
 * Registers the hooks of a model test file: load tfjs on wasm before the tests, and check
 * that every test leaves `tf.memory().numTensors` as it found it (STYLE.md, "Tensor memory
 * is owned").
 */
export function useWasmTf(): void {
  let tensorsBefore = 0;
  beforeAll(async () => {
    tf = await loadTfjsWasm();
    await tf.setBackend("wasm");
  });
  beforeEach(() => {
    tensorsBefore = tf.memory().numTensors;
  });
  afterEach(() => {
    expect(tf.memory().numTensors).toBe(tensorsBefore);
  });
}
