import type { VectorIndex } from "@atelier/index";
import type { Tf } from "@atelier/ml";
import type { Manipulator } from "@atelier/models";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRetrievalEngine, type RetrievalEngine } from "./engine.ts";
import type { RetrievalErrorCode } from "./errors.ts";
import { loadDefaultMann, randomIndex, randomVectors, wasmTf } from "./test-support.ts";

const DIM = 384;
let tf: Tf;
let mann: Manipulator;
let index: VectorIndex;
let engine: RetrievalEngine;
let state: Uint8Array;

beforeAll(async () => {
  tf = await wasmTf();
  mann = await loadDefaultMann(tf);
  index = await randomIndex(50, DIM, 3);
  engine = createRetrievalEngine({
    tf,
    manipulator: mann,
    index,
    vectorOf: (id) => (id === 1 ? randomVectors(1, DIM, 9) : undefined),
  });
  state = (await engine.start(randomVectors(1, DIM, 4), { k: 3 })).state;
});

afterAll(() => mann?.dispose());

async function refusal(call: Promise<unknown>, code: RetrievalErrorCode, words: RegExp) {
  await expect(call).rejects.toMatchObject({ name: "RetrievalError", code });
  await expect(call).rejects.toThrow(words);
}

describe("retrieval engine errors", () => {
  it("refuses k below 1 or not an integer", async () => {
    await refusal(engine.turn(state, [], { k: 0 }), "bad-k", /k must be an integer/);
    await refusal(engine.start(randomVectors(1, DIM, 4), { k: 1.5 }), "bad-k", /1\.5/);
  });

  it("refuses unknown attributes and values, naming them", async () => {
    const turn = (attribute: string, add: string) =>
      engine.turn(state, [{ attribute, add }], { k: 3 });
    await refusal(turn("colour-ish", "Red"), "unknown-attribute", /manipulation 0.*colour-ish/);
    await refusal(turn("color", "Plaid-ish"), "unknown-value", /Plaid-ish/);
    await refusal(
      engine.turn(state, [{ attribute: "color" }], { k: 3 }),
      "bad-manipulation",
      /neither/,
    );
  });

  it("refuses state bytes of another model or garbage, and a batch of sessions", async () => {
    await refusal(engine.turn(state.slice(8), [], { k: 3 }), "bad-state", /expected \d+ bytes/);
    const garbage = new Uint8Array(state.length);
    await refusal(engine.turn(garbage, [], { k: 3 }), "bad-state", /does not decode/);
  });

  it("fails a bad session alone in a batch, the others still served", async () => {
    const garbage = new Uint8Array(state.length);
    const [bad, good] = await Promise.allSettled([
      engine.turn(garbage, [], { k: 3 }),
      engine.turn(state, [], { k: 3 }),
    ]);
    expect(bad.status).toBe("rejected");
    expect(good.status).toBe("fulfilled");
  });

  it("refuses reference vectors of the wrong size and unknown products", async () => {
    await refusal(engine.start(new Float32Array(3), { k: 3 }), "bad-vector", /384 floats, got 3/);
    const nan = randomVectors(1, DIM, 4);
    nan[7] = Number.NaN;
    await refusal(engine.start(nan, { k: 3 }), "bad-vector", /NaN at 7/);
    await refusal(engine.startFromProduct(2, { k: 3 }), "unknown-product", /product 2/);
    await expect(engine.startFromProduct(1, { k: 3 })).resolves.toHaveProperty("state");
  });

  it("leaves the given state untouched when refusing", async () => {
    const copy = state.slice();
    await engine.turn(state, [{ attribute: "nope", add: "x" }], { k: 3 }).catch(() => {});
    expect(state).toEqual(copy);
  });
});
