/**
 * ADDE-M behind the {@link Manipulator} interface, in either multi-step mode (DESIGN.md,
 * "ADDE-M memory block"): what each mode keeps per session is documented on its state type.
 */
import type { Tf } from "@atelier/ml";
import type { Tensor1D, Tensor2D } from "@tensorflow/tfjs";
import type { AddeMMode } from "../adde-m/config.ts";
import { type AddeM, thesisStep } from "../adde-m/memory.ts";
import { checkIndicators } from "../adde-m/validate.ts";
import { expectShape } from "../errors.ts";
import type {
  AddeMFairTensors,
  AddeMThesisTensors,
  Manipulator,
  ManipulatorState,
  StateLayout,
} from "../manipulator.ts";
import { l2Normalize } from "../normalize.ts";
import { checkVectors } from "../sizes.ts";
import { type StateBytesMethods, withStateBytes } from "./base.ts";
import { checkState, makeState, selectSessions } from "./state.ts";

/** An ADDE-M manipulator; `block` is the memory block it runs (and owns), for training. */
export interface AddeMManipulator extends Manipulator {
  readonly kind: "adde-m-thesis" | "adde-m-fair";
  readonly block: AddeM;
}

/** How one mode starts, steps and queries its sessions' tensors. Call inside a tidy. */
interface ModeOps<T> {
  layout: StateLayout;
  init(features: Tensor2D): T;
  step(tensors: T, indicators: Tensor2D): T;
  query(tensors: T): Tensor2D;
}

function fairOps(tf: Tf, block: AddeM): ModeOps<AddeMFairTensors> {
  const { vectorSize, indicatorSize } = block.config;
  return {
    layout: {
      kind: "adde-m-fair",
      fields: [
        { name: "reference", row: [vectorSize] },
        { name: "indicators", row: [indicatorSize] },
      ],
    },
    init: (f) => ({ reference: f.clone(), indicators: tf.zeros([f.shape[0], indicatorSize]) }),
    step: (s, i) => ({ reference: s.reference.clone(), indicators: tf.add(s.indicators, i) }),
    query: (s) => l2Normalize(tf, tf.add(s.reference, block.residual(s.indicators))),
  };
}

function thesisOps(tf: Tf, block: AddeM): ModeOps<AddeMThesisTensors> {
  return {
    layout: { kind: "adde-m-thesis", fields: [{ name: "vector", row: [block.config.vectorSize] }] },
    init: (f) => ({ vector: f.clone() }),
    step: (s, i) => ({ vector: thesisStep(tf, block, s.vector, i) }),
    query: (s) => l2Normalize(tf, s.vector),
  };
}

/**
 * Wraps `block` as a manipulator running `mode`; the result owns the block (dispose frees it).
 * Its queries equal `block.manipulateSteps(f, steps, mode)` bit for bit.
 *
 * @example
 * const m = addeMManipulator(tf, block, "fair");
 * const q = m.query(m.step(m.init(features), indicators));
 */
export function addeMManipulator(tf: Tf, block: AddeM, mode: AddeMMode): AddeMManipulator {
  const ops = (mode === "fair" ? fairOps(tf, block) : thesisOps(tf, block)) as ModeOps<
    Record<string, Tensor2D>
  >;
  const { config } = block;
  const layout = ops.layout;
  const tensorsOf = (state: ManipulatorState) =>
    state.tensors as unknown as Record<string, Tensor2D>;
  const core: Omit<AddeMManipulator, keyof StateBytesMethods> = {
    kind: layout.kind as AddeMManipulator["kind"],
    block,
    schema: block.schema,
    dim: config.dim,
    vectorSize: config.vectorSize,
    indicatorSize: config.indicatorSize,
    options: { dim: config.dim },
    stateLayout: layout,
    init: (features) => {
      checkVectors(config, "query vectors", features);
      return makeState(
        layout.kind,
        tf.tidy(() => ops.init(features)),
      );
    },
    step: (state, indicators, mask?: Tensor1D) => {
      const batch = checkState(layout, state);
      checkIndicators(config, "indicators", indicators, batch);
      if (mask !== undefined) expectShape("mask (1 per session)", mask.shape, [batch]);
      const tensors = tf.tidy(() => {
        const next = ops.step(tensorsOf(state), indicators);
        return mask === undefined ? next : selectSessions(tf, mask, next, tensorsOf(state));
      });
      return makeState(layout.kind, tensors);
    },
    query: (state) => {
      checkState(layout, state);
      return tf.tidy(() => ops.query(tensorsOf(state)));
    },
    namedVariables: () => [["memory", block.weights]],
    dispose: () => block.dispose(),
  };
  return withStateBytes(tf, core);
}
