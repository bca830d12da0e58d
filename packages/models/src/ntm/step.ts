/** One NTM step for a batch of sessions (Graves et al. 2014; the thesis's MANN, DESIGN.md). */
import type { Tf } from "@atelier/ml";
import type { Tensor2D } from "@tensorflow/tfjs";
import { NtmError } from "../errors.ts";
import type { NtmConfig } from "./config.ts";
import { addressHead, denseClipped, eraseAndAdd } from "./heads.ts";
import { readMemory, writeMemory } from "./memory.ts";
import type { NtmParams } from "./params.ts";
import { checkShape, type NtmState } from "./state.ts";

/** LSTM on [input, previous read, h]: returns the new h and c, each [B, U]. */
function controllerStep(
  tf: Tf,
  params: NtmParams,
  state: NtmState,
  input: Tensor2D,
): { h: Tensor2D; c: Tensor2D } {
  const x = tf.concat([input, state.read, state.h], 1);
  const z = tf.add(tf.matMul(x, params.controller.kernel as Tensor2D), params.controller.bias);
  const [i, f, g, o] = tf.split(z, 4, 1) as [Tensor2D, Tensor2D, Tensor2D, Tensor2D];
  const c = tf.add(tf.mul(tf.sigmoid(f), state.c), tf.mul(tf.sigmoid(i), tf.tanh(g))) as Tensor2D;
  const h = tf.mul(tf.sigmoid(o), tf.tanh(c)) as Tensor2D;
  return { h, c };
}

/** What a caller may impose on a step instead of letting the heads learn it. */
export interface NtmStepHooks {
  /**
   * [B, N]: the write weighting to use instead of the write head's addressing (a MANN that
   * knows which attribute row a manipulation names). The head's key and beta are then unused.
   */
  writeWeights?: Tensor2D;
}

/**
 * One step of every session in the batch: controller, then the read head reads the memory as
 * it stands, then the write head erases and adds. Pure: `state` is left as it is (the caller
 * disposes it when done) and the new state's tensors are returned outside any tidy.
 *
 * @param input [B, inputSize]
 * @example
 * const next = ntmStep(tf, config, params, state, tf.zeros([5, config.inputSize]));
 */
export function ntmStep(
  tf: Tf,
  config: NtmConfig,
  params: NtmParams,
  state: NtmState,
  input: Tensor2D,
  hooks: NtmStepHooks = {},
): NtmState {
  const batch = state.memory.shape[0];
  checkShape("state memory", state.memory.shape, [batch, config.memoryRows, config.memoryWidth]);
  checkShape("state h", state.h.shape, [batch, config.controllerUnits]);
  checkShape("step input", input.shape, [batch, config.inputSize]);
  const imposed = hooks.writeWeights;
  if (imposed !== undefined) checkShape("write weights", imposed.shape, [batch, config.memoryRows]);
  return tf.tidy(() => {
    const { h, c } = controllerStep(tf, params, state, input);
    const readRaw = denseClipped(tf, config, params.readHead, h);
    const readWeights = addressHead(tf, config, readRaw, state.memory, state.readWeights);
    const read = readMemory(tf, state.memory, readWeights);
    const writeRaw = denseClipped(tf, config, params.writeHead, h);
    const writeWeights =
      imposed?.clone() ?? addressHead(tf, config, writeRaw, state.memory, state.writeWeights);
    const { erase, add } = eraseAndAdd(tf, config, writeRaw);
    const memory = writeMemory(tf, state.memory, writeWeights, erase, add);
    return { memory, h, c, read, readWeights, writeWeights };
  });
}

/**
 * The output layer on [h, read] of the last step, clipped like the heads: [B, outputSize]
 * (logits for the copy task). Throws when the config has no output layer.
 *
 * @example
 * const logits = ntmOutput(tf, config, params, next);
 */
export function ntmOutput(tf: Tf, config: NtmConfig, params: NtmParams, state: NtmState): Tensor2D {
  const layer = params.output;
  if (layer === null) {
    throw new NtmError("bad-config", "this NTM has no output layer (outputSize is 0)");
  }
  return tf.tidy(() => denseClipped(tf, config, layer, tf.concat([state.h, state.read], 1)));
}
