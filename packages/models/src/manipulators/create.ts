/** The one factory behind the {@link Manipulator} interface (STYLE.md 13). */
import type { Tf } from "@atelier/ml";
import type { AttributeSchema } from "@atelier/schema";
import type { AddeMOptions } from "../adde-m/config.ts";
import { createAddeM } from "../adde-m/memory.ts";
import { ManipulatorError } from "../errors.ts";
import type { ManipulatorKind, ManipulatorOptions } from "../manipulator.ts";
import { createMann } from "../mann/mann.ts";
import { type AddeMManipulator, addeMManipulator } from "./adde-m.ts";
import { type MannManipulator, mannManipulator } from "./mann.ts";

/** The manipulator type each kind gives. */
export type ManipulatorOf<K extends ManipulatorKind> = K extends "mann"
  ? MannManipulator
  : AddeMManipulator;

/**
 * A fresh manipulator of `kind` on `schema`. MANN weights are drawn from `seed`; an ADDE-M
 * memory starts at zero (the identity: queries are normalize(f)) until its prototypes are
 * initialised or weights loaded, so `seed` does not matter to it.
 *
 * @example
 * const m = createManipulator(tf, shopping100k, "adde-m-fair", { dim: 340 }, 1);
 * m.block.initPrototypes(features, labels);
 * const state = m.step(m.init(queryVectors), indicators);
 */
export function createManipulator<K extends ManipulatorKind>(
  tf: Tf,
  schema: AttributeSchema,
  kind: K,
  options: ManipulatorOptions<K>,
  seed: number,
): ManipulatorOf<K> {
  const k: ManipulatorKind = kind;
  switch (k) {
    case "mann":
      return mannManipulator(tf, schema, createMann(tf, schema, options, seed)) as ManipulatorOf<K>;
    case "adde-m-fair":
    case "adde-m-thesis": {
      const block = createAddeM(tf, schema, options as AddeMOptions);
      return addeMManipulator(
        tf,
        block,
        k === "adde-m-fair" ? "fair" : "thesis",
      ) as ManipulatorOf<K>;
    }
    default:
      return unknownKind(k);
  }
}

function unknownKind(kind: never): never {
  throw new ManipulatorError(
    "bad-config",
    `kind must be "adde-m-thesis", "adde-m-fair" or "mann", got ${String(kind)}`,
  );
}
