import { shopping100k } from "@atelier/schema";
import type { Tensor1D, Tensor2D } from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { isNtmError } from "../errors.ts";
import { disposeNtmState } from "../ntm/state.ts";
import { stateFromBytes, stateToBytes } from "../ntm/state-bytes.ts";
import { tf, useWasmTf } from "../test-support/tf.ts";
import type { MannOptions, WriteBy } from "./config.ts";
import { createMann } from "./mann.ts";
import { tinySchema } from "./test-support.ts";

useWasmTf();

/** Runs `f`, expecting an NtmError of `code` whose message contains `message`. */
function expectNtmError(f: () => unknown, code: string, message: string): void {
  try {
    f();
  } catch (error) {
    expect(isNtmError(error) && error.code).toBe(code);
    expect((error as Error).message).toContain(message);
    return;
  }
  expect.fail(`expected an NtmError "${message}"`);
}

describe("MANN configuration", () => {
  it("refuses a dim, writeBy or addressing it cannot build", () => {
    expectNtmError(
      () => createMann(tf, tinySchema, { dim: 0 }, 1),
      "bad-config",
      "dim must be a positive integer, got 0",
    );
    const writeBy = "row" as WriteBy;
    expectNtmError(
      () => createMann(tf, tinySchema, { dim: 4, writeBy }, 1),
      "bad-config",
      'writeBy must be "content" or "attribute", got row',
    );
    const addressing = { dim: 4, addressing: "shift" } as unknown as MannOptions;
    expectNtmError(() => createMann(tf, tinySchema, addressing, 1), "bad-config", "addressing");
  });
});

describe("MANN session-state API at the edge", () => {
  const mann = () => createMann(tf, tinySchema, { dim: 4, controllerUnits: 8 }, 1);

  it("names a query vector of the wrong width or rank", () => {
    const m = mann();
    const narrow = tf.zeros([2, 10]) as Tensor2D;
    const rank3 = tf.zeros([2, 3, 4]) as unknown as Tensor2D;
    const expected = "query vectors must have shape [batch >= 1, 12] (3 attributes x 4)";
    expectNtmError(() => m.init(narrow), "bad-input", `${expected}, got [2, 10]`);
    expectNtmError(() => m.init(rank3), "bad-input", `${expected}, got [2, 3, 4]`);
    for (const t of [narrow, rank3]) t.dispose();
    m.dispose();
  });

  it("names indicators or a mask that do not match the state's sessions", () => {
    const m = mann();
    const queries = tf.ones([2, 12]) as Tensor2D;
    const state = m.init(queries);
    const wide = tf.zeros([2, 151]) as Tensor2D;
    const fewer = tf.zeros([1, 7]) as Tensor2D;
    const fits = tf.zeros([2, 7]) as Tensor2D;
    const mask = tf.ones([3]) as Tensor1D;
    expectNtmError(
      () => m.step(state, wide),
      "bad-input",
      "indicators (1 per session, 7 wide) must have shape [2, 7], got [2, 151]",
    );
    expectNtmError(() => m.step(state, fewer), "bad-input", "must have shape [2, 7], got [1, 7]");
    expectNtmError(
      () => m.step(state, fits, mask),
      "bad-input",
      "mask (1 per session) must have shape [2], got [3]",
    );
    disposeNtmState(state);
    for (const t of [queries, wide, fewer, fits, mask]) t.dispose();
    m.dispose();
  });

  it("refuses a state of another MANN, as tensors and as bytes", async () => {
    const m = mann();
    const other = createMann(tf, shopping100k, { dim: 4, controllerUnits: 8 }, 1);
    const queries = tf.ones([1, 48]) as Tensor2D;
    const foreign = other.init(queries);
    const fits = tf.zeros([1, 7]) as Tensor2D;
    expectNtmError(
      () => m.step(foreign, fits),
      "bad-input",
      "state memory must have shape [1, 3, 4], got [1, 12, 4]",
    );
    expectNtmError(() => m.query(foreign), "bad-input", "state memory must have shape [1, 3, 4]");
    const bytes = await stateToBytes(foreign);
    expectNtmError(
      () => stateFromBytes(tf, bytes, m.stateShape),
      "bad-state-bytes",
      "rows is 12, expected 3",
    );
    disposeNtmState(foreign);
    for (const t of [queries, fits]) t.dispose();
    other.dispose();
    m.dispose();
  });
});
