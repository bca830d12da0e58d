import type { Tf } from "@atelier/ml";
import { seededRandom, uniformArray } from "@atelier/random";
import type { Tensor, Variable } from "@tensorflow/tfjs";
import { headSizes, type NtmConfig } from "./config.ts";

/** A dense layer `x @ kernel + bias`: kernel [in, out], bias [out]. */
export interface Dense {
  kernel: Variable;
  bias: Variable;
}

/**
 * The trainable weights of an NTM cell, as tf.Variables.
 * - controller: LSTM on [input, previous read, h]: kernel [inputSize + M + U, 4U] (gates i, f, g, o)
 * - readHead / writeHead: from h: kernel [U, headSizes().read / .write]
 * - output: from [h, read]: kernel [U + M, outputSize], or null when outputSize is 0
 */
export interface NtmParams {
  controller: Dense;
  readHead: Dense;
  writeHead: Dense;
  output: Dense | null;
}

/** LSTM forget gates start open, so early gradients flow through the cell state. */
const FORGET_BIAS = 1;

export function dense(
  tf: Tf,
  random: () => number,
  name: string,
  inputs: number,
  outputs: number,
  bias?: Float32Array,
): Dense {
  // Glorot uniform: keeps activations' variance steady through the layer.
  const limit = Math.sqrt(6 / (inputs + outputs));
  const kernel = uniformArray(random, inputs * outputs, -limit, limit);
  return {
    kernel: variable(tf, tf.tensor2d(kernel, [inputs, outputs]), `${name}/kernel`),
    bias: variable(tf, tf.tensor1d(bias ?? new Float32Array(outputs)), `${name}/bias`),
  };
}

/** A trainable variable holding `initial`, which it takes over (no tensor is left behind). */
export function variable(tf: Tf, initial: Tensor, name: string): Variable {
  const out = tf.variable(initial, true, name);
  initial.dispose();
  return out;
}

let instance = 0;

/**
 * Fresh weights for `config`, drawn from `seed`: the same seed gives the same weights
 * everywhere. The caller owns the variables (see {@link disposeNtmParams}).
 *
 * @example
 * const params = createNtmParams(tf, resolveNtmConfig({ inputSize: 9, memoryRows: 8, memoryWidth: 8 }), 1);
 */
export function createNtmParams(tf: Tf, config: NtmConfig, seed: number): NtmParams {
  const random = seededRandom(seed);
  const units = config.controllerUnits;
  const width = config.memoryWidth;
  const heads = headSizes(config);
  // Variable names must be unique per process; a counter keeps several models apart.
  const prefix = `ntm${instance++}`;
  const gateBias = new Float32Array(4 * units);
  gateBias.fill(FORGET_BIAS, units, 2 * units);
  return {
    controller: dense(
      tf,
      random,
      `${prefix}/controller`,
      config.inputSize + width + units,
      4 * units,
      gateBias,
    ),
    readHead: dense(tf, random, `${prefix}/read-head`, units, heads.read),
    writeHead: dense(tf, random, `${prefix}/write-head`, units, heads.write),
    output:
      config.outputSize > 0
        ? dense(tf, random, `${prefix}/output`, units + width, config.outputSize)
        : null,
  };
}

/** Every variable of `params`, in a fixed order (for optimizers and gradients). */
export function ntmVariables(params: NtmParams): Variable[] {
  const layers = [params.controller, params.readHead, params.writeHead, params.output];
  return layers.flatMap((layer) => (layer === null ? [] : [layer.kernel, layer.bias]));
}

/** Frees every variable of `params`. */
export function disposeNtmParams(params: NtmParams): void {
  for (const variable of ntmVariables(params)) variable.dispose();
}
