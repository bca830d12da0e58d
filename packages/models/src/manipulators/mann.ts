/** The thesis's MANN behind the {@link Manipulator} interface, its behaviour unchanged. */
import type { Tf } from "@atelier/ml";
import type { AttributeSchema } from "@atelier/schema";
import type { Variable } from "@tensorflow/tfjs";
import type {
  Manipulator,
  ManipulatorState,
  ResolvedMannOptions,
  StateLayout,
} from "../manipulator.ts";
import type { Mann } from "../mann/mann.ts";
import type { NtmParams } from "../ntm/params.ts";
import { type StateBytesMethods, withStateBytes } from "./base.ts";
import { makeState, tensorsOfKind } from "./state.ts";

/** A MANN manipulator; `mann` is the model it runs (and owns), for training. */
export interface MannManipulator extends Manipulator {
  readonly kind: "mann";
  readonly options: ResolvedMannOptions;
  readonly mann: Mann;
}

/** Every option of `mann`, defaults filled in, so saved weights rebuild the same model. */
export function resolvedMannOptions(mann: Mann): ResolvedMannOptions {
  const { ntm } = mann.config;
  return {
    dim: mann.config.dim,
    addressing: ntm.addressing,
    writeBy: mann.config.writeBy,
    residual: mann.config.residual,
    controllerUnits: ntm.controllerUnits,
    tanhKeyAndAdd: ntm.tanhKeyAndAdd,
    outputClip: ntm.outputClip,
  };
}

/**
 * The NTM's weights named by layer ("controller/kernel", ...): the variables' own names carry
 * a per-process counter, which must not reach a weight file.
 */
export function namedNtmVariables(params: NtmParams): [string, Variable][] {
  const layers = {
    controller: params.controller,
    readHead: params.readHead,
    writeHead: params.writeHead,
    output: params.output,
  };
  return Object.entries(layers).flatMap(([name, layer]) =>
    layer === null
      ? []
      : [
          [`${name}/kernel`, layer.kernel] as [string, Variable],
          [`${name}/bias`, layer.bias] as [string, Variable],
        ],
  );
}

function mannLayout(mann: Mann): StateLayout {
  const { attributes: rows, dim: width } = mann.config;
  const units = mann.config.ntm.controllerUnits;
  return {
    kind: "mann",
    fields: [
      { name: "memory", row: [rows, width] },
      { name: "h", row: [units] },
      { name: "c", row: [units] },
      { name: "read", row: [width] },
      { name: "readWeights", row: [rows] },
      { name: "writeWeights", row: [rows] },
    ],
  };
}

/**
 * Wraps `mann` (built on `schema`) as a manipulator; the result owns it (dispose frees it).
 * init, step and query are the MANN's own.
 *
 * @example
 * const m = mannManipulator(tf, shopping100k, createMann(tf, shopping100k, { dim: 340 }, 1));
 */
export function mannManipulator(tf: Tf, schema: AttributeSchema, mann: Mann): MannManipulator {
  const layout = mannLayout(mann);
  const ntmState = (state: ManipulatorState) => tensorsOfKind(layout, state, "mann");
  const core: Omit<MannManipulator, keyof StateBytesMethods> = {
    kind: "mann",
    mann,
    schema,
    dim: mann.config.dim,
    vectorSize: mann.config.vectorSize,
    indicatorSize: mann.config.indicatorSize,
    options: resolvedMannOptions(mann),
    stateLayout: layout,
    init: (queryVectors) => makeState("mann", mann.init(queryVectors)),
    step: (state, indicators, mask) =>
      makeState("mann", mann.step(ntmState(state), indicators, mask)),
    query: (state) => mann.query(ntmState(state)),
    namedVariables: () => {
      const named = namedNtmVariables(mann.ntm.params);
      return [...named, ...(mann.residual?.namedVariables() ?? [])];
    },
    dispose: () => mann.dispose(),
  };
  return withStateBytes(tf, core);
}
