import type { Tf } from "@atelier/ml";
import type { Tensor2D, Tensor3D, Variable } from "@tensorflow/tfjs";
import { type NtmConfig, type NtmOptions, resolveNtmConfig } from "./config.ts";
import { createNtmParams, disposeNtmParams, type NtmParams, ntmVariables } from "./params.ts";
import { initNtmState, type NtmState } from "./state.ts";
import { type NtmStepHooks, ntmOutput, ntmStep } from "./step.ts";

/** An NTM cell bound to a tfjs namespace and a configuration; it owns its weights. */
export interface Ntm {
  readonly config: NtmConfig;
  /** The weights; `step` and `output` take them as an argument so they stay pure. */
  readonly params: NtmParams;
  /** See {@link initNtmState}. `memory` [batch, N, M] */
  init(batch: number, memory?: Tensor3D): NtmState;
  /** See {@link ntmStep}. `input` [batch, inputSize] */
  step(params: NtmParams, state: NtmState, input: Tensor2D, hooks?: NtmStepHooks): NtmState;
  /** See {@link ntmOutput}. -> [batch, outputSize] */
  output(params: NtmParams, state: NtmState): Tensor2D;
  /** The trainable variables, for an optimizer. */
  variables(): Variable[];
  dispose(): void;
}

/**
 * An NTM with fresh weights drawn from `seed` (the same seed, the same weights).
 *
 * @example
 * const tf = await loadTf();
 * const ntm = createNtm(tf, { inputSize: 9, outputSize: 8, memoryRows: 8, memoryWidth: 8 }, 1);
 * const s0 = ntm.init(5);
 * const s1 = ntm.step(ntm.params, s0, tf.zeros([5, 9]));
 * const logits = ntm.output(ntm.params, s1); // [5, 8]
 */
export function createNtm(tf: Tf, options: NtmOptions, seed: number): Ntm {
  const config = resolveNtmConfig(options);
  const params = createNtmParams(tf, config, seed);
  return {
    config,
    params,
    init: (batch, memory) => initNtmState(tf, config, batch, memory),
    step: (p, state, input, hooks) => ntmStep(tf, config, p, state, input, hooks),
    output: (p, state) => ntmOutput(tf, config, p, state),
    variables: () => ntmVariables(params),
    dispose: () => disposeNtmParams(params),
  };
}
