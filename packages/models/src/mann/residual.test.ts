import { seededRandom } from "@atelier/random";
import { describe, expect, it } from "vitest";
import { toyBatch, toyEncoder, toyItems } from "../adde-m/test-support.ts";
import { createManipulator } from "../manipulators/create.ts";
import type { MannManipulator } from "../manipulators/mann.ts";
import { disposeManipulatorState } from "../manipulators/state.ts";
import { l2Normalize } from "../normalize.ts";
import { tf, useWasmTf } from "../test-support/tf.ts";
import { loadWeights, saveWeights } from "../weights/weights.ts";
import type { Residual } from "./config.ts";
import { createMann } from "./mann.ts";
import { tinySchema } from "./test-support.ts";

useWasmTf();

const DIM = 6;

/** A MANN with a prototype residual, initialised from a toy encoder's items. */
function residualMann(seed: number, residual: Residual = "prototypes"): MannManipulator {
  const m = createManipulator(
    tf,
    tinySchema,
    "mann",
    {
      dim: DIM,
      controllerUnits: 8,
      writeBy: "attribute",
      residual,
    },
    seed,
  ) as MannManipulator;
  const items = toyItems(tf, toyEncoder(tinySchema, DIM, seededRandom(seed)), 60);
  m.mann.residual?.initPrototypes(items.features, items.labels);
  tf.dispose([items.features, items.labels]);
  return m;
}

/** Mean squared distance of a manipulator's one-step queries to the normalised targets. */
function oneStepError(m: MannManipulator, seed: number): number {
  const encoder = toyEncoder(tinySchema, DIM, seededRandom(seed));
  const batch = toyBatch(tf, encoder, seededRandom(seed + 1), 32);
  const state = m.init(batch.references);
  const next = m.step(state, batch.indicators);
  const error = tf.tidy(
    () =>
      tf.mean(tf.square(tf.sub(m.query(next), l2Normalize(tf, batch.targets)))).dataSync()[0] ?? 0,
  );
  disposeManipulatorState(state);
  disposeManipulatorState(next);
  tf.dispose([batch.references, batch.indicators, batch.targets]);
  if (batch.labels) tf.dispose([batch.labels.references, batch.labels.targets]);
  return error;
}

describe("MANN with the prototype residual", () => {
  it.each<Residual>(["prototypes", "replace"])(
    "starts close to ADDE-M (%s): untrained, one step lands nearer the target",
    (residual) => {
      const m = residualMann(3, residual);
      const plain = createManipulator(tf, tinySchema, "mann", { dim: DIM, controllerUnits: 8 }, 3);
      try {
        // Same toy encoder seed: the prototypes were learnt from the same value directions.
        expect(oneStepError(m, 3)).toBeLessThan(0.6 * oneStepError(plain as MannManipulator, 3));
      } finally {
        m.dispose();
        plain.dispose();
      }
    },
  );

  it("saves its residual with the weights and loads it back bit for bit", async () => {
    const m = residualMann(5);
    const saved = await saveWeights(m);
    const names = m.namedVariables().map(([name]) => name);
    expect(names).toContain("residual/memory");
    const again = loadWeights(tf, tinySchema, saved.manifest, saved.bytes, { kind: "mann" });
    try {
      expect(again.options).toMatchObject({ residual: "prototypes", writeBy: "attribute" });
      expect(Buffer.from((await saveWeights(again)).bytes).equals(Buffer.from(saved.bytes))).toBe(
        true,
      );
    } finally {
      m.dispose();
      again.dispose();
    }
  });

  it("refuses to replace rows that content addressing picks", () => {
    expect(() => createMann(tf, tinySchema, { dim: DIM, residual: "replace" }, 1)).toThrow(
      'residual "replace" needs writeBy "attribute", got content',
    );
  });
});
