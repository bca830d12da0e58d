/**
 * The cases of `npm run bench:models`: encoder inference and training on random images, and MANN
 * steps on random query vectors and manipulation indicators. Every case owns its tensors.
 */
import type { Tf } from "@atelier/ml";
import {
  createEncoder,
  createEncoderTrainer,
  createMann,
  disposeNtmState,
  l2Normalize,
  type MannState,
} from "@atelier/models";
import { type Random, seededRandom } from "@atelier/random";
import type { AttributeSchema } from "@atelier/schema";
import type { Tensor2D, Tensor4D } from "@tensorflow/tfjs";
import type { BenchCase, Runner } from "./measure.ts";

/** How many calls each case makes. */
export interface CaseCounts {
  warmup: number;
  calls: number;
}

/** Share of attributes marked missing (-1) in the random training labels. */
const MISSING = 0.2;
/** Distinct indicator batches the MANN cycles through. */
const INDICATOR_BATCHES = 8;

function randomImages(tf: Tf, batch: number, size: number, seed: number): Tensor4D {
  return tf.randomUniform([batch, size, size, 3], 0, 1, "float32", seed) as Tensor4D;
}

/**
 * `encode(images, batch)` on one batch of random images per call; items are images.
 *
 * @example
 * measure(tf, encoderInferenceCase(tf, shopping100k, 32, 64, { warmup: 2, calls: 20 }));
 */
export function encoderInferenceCase(
  tf: Tf,
  schema: AttributeSchema,
  dim: number,
  batch: number,
  counts: CaseCounts,
): BenchCase {
  return {
    name: "encoder inference",
    unit: "images",
    dim,
    batch,
    ...counts,
    setup(): Runner {
      const encoder = createEncoder(tf, schema, { dim }, 1);
      const images = randomImages(tf, batch, encoder.config.imageSize, 2);
      let last: Tensor2D | null = null;
      return {
        call() {
          last?.dispose();
          last = encoder.encode(images, batch); // read back batch by batch: done on return
        },
        sync() {},
        dispose() {
          last?.dispose();
          images.dispose();
          encoder.dispose();
        },
      };
    },
  };
}

/** Per item one value index per attribute, -1 (missing) for a share of {@link MISSING}. */
function randomValueIndices(random: Random, schema: AttributeSchema, batch: number): Int32Array[] {
  return Array.from({ length: batch }, () =>
    Int32Array.from(schema.attributes, (a) =>
      random() < MISSING ? -1 : Math.floor(random() * a.size),
    ),
  );
}

/**
 * `createEncoderTrainer(tf, encoder).trainStep` on one batch of random images and labels per
 * call (forward, losses with triplet mining, backward, Adam); items are images.
 *
 * @example
 * measure(tf, encoderTrainingCase(tf, shopping100k, 32, 64, { warmup: 2, calls: 10 }));
 */
export function encoderTrainingCase(
  tf: Tf,
  schema: AttributeSchema,
  dim: number,
  batch: number,
  counts: CaseCounts,
): BenchCase {
  return {
    name: "encoder training",
    unit: "images",
    dim,
    batch,
    ...counts,
    setup(): Runner {
      const encoder = createEncoder(tf, schema, { dim }, 1);
      const trainer = createEncoderTrainer(tf, encoder);
      const images = randomImages(tf, batch, encoder.config.imageSize, 3);
      const valueIndices = randomValueIndices(seededRandom(4), schema, batch);
      return {
        call() {
          trainer.trainStep({ images, valueIndices }); // returns the losses read back: done
        },
        sync() {},
        dispose() {
          images.dispose();
          trainer.dispose();
          encoder.dispose();
        },
      };
    },
  };
}

/**
 * Indicators [batch, schema.total] as manipulationIndicator gives them: per row one attribute,
 * -1 at a removed value and +1 at another, added one (+1 only for a one-value attribute).
 */
function randomIndicators(
  tf: Tf,
  random: Random,
  schema: AttributeSchema,
  batch: number,
): Tensor2D {
  const values = new Float32Array(batch * schema.total);
  for (let row = 0; row < batch; row++) {
    const a = schema.attributes[Math.floor(random() * schema.attributes.length)];
    if (a === undefined) throw new Error("bench: the schema has no attributes");
    const add = Math.floor(random() * a.size);
    const remove = (add + 1 + Math.floor(random() * (a.size - 1))) % a.size;
    const base = row * schema.total + a.offset;
    if (remove !== add) values[base + remove] = -1;
    values[base + add] = 1;
  }
  return tf.tensor2d(values, [batch, schema.total]);
}

/**
 * `mann.step` on `batch` sessions per call, from random L2-normalised query vectors, cycling
 * through {@link INDICATOR_BATCHES} random indicator batches; items are session-steps.
 *
 * @example
 * measure(tf, mannStepCase(tf, shopping100k, 340, 64, { warmup: 5, calls: 50 }));
 */
export function mannStepCase(
  tf: Tf,
  schema: AttributeSchema,
  dim: number,
  batch: number,
  counts: CaseCounts,
): BenchCase {
  return {
    name: "MANN step",
    unit: "session-steps",
    dim,
    batch,
    ...counts,
    setup(): Runner {
      const mann = createMann(tf, schema, { dim }, 1);
      const random = seededRandom(5);
      const indicators = Array.from({ length: INDICATOR_BATCHES }, () =>
        randomIndicators(tf, random, schema, batch),
      );
      const queries = tf.tidy(() =>
        l2Normalize(
          tf,
          tf.randomNormal([batch, mann.config.vectorSize], 0, 1, "float32", 6) as Tensor2D,
        ),
      );
      let state: MannState = mann.init(queries);
      return {
        call(i) {
          const next = mann.step(state, indicators[i % INDICATOR_BATCHES] as Tensor2D);
          disposeNtmState(state);
          state = next;
        },
        sync() {
          state.memory.dataSync();
        },
        dispose() {
          disposeNtmState(state);
          tf.dispose([queries, ...indicators]);
          mann.dispose();
        },
      };
    },
  };
}
