// Shared by the manipulator and weight *.test.ts files only; not exported from the package.
import type { Tensor2D } from "@tensorflow/tfjs";
import { toyBlock } from "../adde-m/test-support.ts";
import { isManipulatorError } from "../errors.ts";
import type { Manipulator, ManipulatorKind, ManipulatorState } from "../manipulator.ts";
import { tinySchema } from "../mann/test-support.ts";
import { tf } from "../test-support/tf.ts";
import { type AddeMManipulator, addeMManipulator } from "./adde-m.ts";
import { createManipulator } from "./create.ts";
import { disposeManipulatorState } from "./state.ts";

export const DIM = 4;

/** An ADDE-M manipulator on the tiny schema, with prototypes (W = 0 would hide bugs). */
export function tinyAddeM(kind: "adde-m-thesis" | "adde-m-fair", seed: number): AddeMManipulator {
  const mode = kind === "adde-m-fair" ? "fair" : "thesis";
  return addeMManipulator(tf, toyBlock(tf, tinySchema, DIM, seed), mode);
}

/** A manipulator of `kind` on the tiny schema, small enough for unit tests. */
export function tinyManipulator(kind: ManipulatorKind, seed: number): Manipulator {
  if (kind === "mann") {
    return createManipulator(tf, tinySchema, kind, { dim: DIM, controllerUnits: 8 }, seed);
  }
  return tinyAddeM(kind, seed);
}

/** The state after `steps` from `queries`; the states in between are freed. */
export function runSteps(m: Manipulator, queries: Tensor2D, steps: Tensor2D[]): ManipulatorState {
  return steps.reduce((state, input) => {
    const next = m.step(state, input);
    disposeManipulatorState(state);
    return next;
  }, m.init(queries));
}

/** "code: message" of the ManipulatorError `f` throws, else what it threw or "no error". */
export function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    return isManipulatorError(error) ? `${error.code}: ${error.message}` : String(error);
  }
  return "no error";
}
