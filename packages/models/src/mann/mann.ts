/**
 * The thesis's MANN (DESIGN.md, "MANN"): an NTM whose memory row r is the query vector's chunk
 * for attribute r, stepped by manipulation indicators; the flattened memory is the query.
 */
import type { Tf } from "@atelier/ml";
import type { AttributeSchema } from "@atelier/schema";
import type { Tensor1D, Tensor2D, Tensor3D, Variable } from "@tensorflow/tfjs";
import { l2Normalize } from "../normalize.ts";
import { createNtm, type Ntm } from "../ntm/ntm.ts";
import type { NtmState } from "../ntm/state.ts";
import { selectState } from "../ntm/state-batch.ts";
import type { NtmStateShape } from "../ntm/state-bytes.ts";
import { attributeBlocks, attributeWriteWeights } from "./attribute-rows.ts";
import { type MannConfig, type MannOptions, resolveMannConfig } from "./config.ts";
import { createPrototypeEdit, type PrototypeEdit } from "./prototype-edit.ts";
import { checkState, checkStepInputs, checkVectors } from "./validate.ts";

/**
 * Erase-gate bias of a fresh write head with a residual: sigmoid(-6) = 0.0025 keeps the rows
 * (`prototypes` adds a difference to them), sigmoid(6) = 0.9975 clears them (`replace` writes
 * the new value's prototype in their place).
 */
const ERASE_BIAS = { prototypes: -6, replace: 6 } as const;

/**
 * With a prototype residual the edit is right from the start, so the write head starts by
 * keeping or by clearing the rows it addresses instead of halving them (sigmoid(0) = 0.5), the
 * same for every step (a zero erase kernel; a random one would leave up to a tenth of a
 * cleared row), and adds nothing of its own (a zero add kernel: tanh(0) = 0) until training
 * finds a correction. The head's output ends with the erase columns, then the add columns,
 * `width` each.
 */
function startWriteHead(tf: Tf, ntm: Ntm, width: number, eraseBias: number): void {
  const { kernel, bias } = ntm.params.writeHead;
  tf.tidy(() => {
    const size = bias.shape[0] as number;
    const biases = bias.dataSync().slice();
    biases.fill(eraseBias, size - 2 * width, size - width);
    bias.assign(tf.tensor1d(biases));
    const keep = tf.concat([tf.ones([1, size - 2 * width]), tf.zeros([1, 2 * width])], 1);
    kernel.assign(tf.mul(kernel, keep));
  });
}

/** A batch of MANN sessions: the NTM state, memory [B, attributes, D]. */
export type MannState = NtmState;

/**
 * The session-state API the service calls, batched over sessions. Every method is pure: it
 * returns new tensors and leaves its arguments alive (the caller disposes them).
 */
export interface Mann {
  readonly config: MannConfig;
  /** The NTM it runs on (weights, raw steps). */
  readonly ntm: Ntm;
  /** The sizes to pass to `stateFromBytes`, so a state of another model is refused. */
  readonly stateShape: Omit<NtmStateShape, "batch">;
  /** queryVectors [B, attributes * D] -> a state whose memory row r is chunk r. */
  init(queryVectors: Tensor2D): MannState;
  /**
   * One manipulation per session: indicators [B, indicatorSize]. With `mask` [B], sessions
   * at 0 keep their state exactly (their sequence has ended).
   */
  step(state: MannState, indicators: Tensor2D, mask?: Tensor1D): MannState;
  /**
   * The prototype edit of `residual` (`prototypes` or `replace`), or null. Set its prototypes
   * from data with `residual.initPrototypes(features, labels)` before training.
   */
  readonly residual: PrototypeEdit | null;
  /** The flattened memory, L2-normalised like ADDE's query: [B, attributes * D]. */
  query(state: MannState): Tensor2D;
  variables(): Variable[];
  dispose(): void;
}

/**
 * A MANN with fresh weights drawn from `seed`, sized by `schema` and `options.dim`.
 *
 * @example
 * const mann = createMann(tf, shopping100k, { dim: 340 }, 1);
 * const s0 = mann.init(queryVectors); // [B, 4080]
 * const s1 = mann.step(s0, indicators); // [B, 151], e.g. from manipulationIndicator
 * const q = mann.query(s1); // [B, 4080], search the index with it
 */
export function createMann(
  tf: Tf,
  schema: AttributeSchema,
  options: MannOptions,
  seed: number,
): Mann {
  const config = resolveMannConfig(schema, options);
  const ntm = createNtm(tf, config.ntm, seed);
  const blocks = config.writeBy === "attribute" ? attributeBlocks(tf, schema) : null;
  const residual =
    config.residual === "none" ? null : createPrototypeEdit(tf, schema, config, blocks);
  if (config.residual !== "none") startWriteHead(tf, ntm, config.dim, ERASE_BIAS[config.residual]);
  const step = (state: MannState, indicators: Tensor2D, mask?: Tensor1D): MannState => {
    const batch = checkState(config, state);
    checkStepInputs(config, batch, indicators, mask);
    return tf.tidy(() => {
      const writeWeights =
        blocks === null ? undefined : attributeWriteWeights(tf, blocks, indicators);
      let next = ntm.step(ntm.params, state, indicators, { writeWeights });
      if (residual !== null) {
        next = { ...next, memory: tf.add(next.memory, residual.edit(indicators)) as Tensor3D };
      }
      return mask === undefined ? next : selectState(tf, mask, next, state);
    });
  };
  return {
    config,
    ntm,
    stateShape: { rows: config.attributes, width: config.dim, units: config.ntm.controllerUnits },
    init: (queryVectors) => {
      const batch = checkVectors(config, "query vectors", queryVectors);
      return tf.tidy(() =>
        ntm.init(batch, queryVectors.reshape([batch, config.attributes, config.dim]) as Tensor3D),
      );
    },
    step,
    query: (state) => {
      const batch = checkState(config, state);
      return tf.tidy(() =>
        l2Normalize(tf, state.memory.reshape([batch, config.vectorSize]) as Tensor2D),
      );
    },
    residual,
    variables: () => [
      ...ntm.variables(),
      ...(residual?.namedVariables().map(([, variable]) => variable) ?? []),
    ],
    dispose: () => {
      blocks?.dispose();
      residual?.dispose();
      ntm.dispose();
    },
  };
}
