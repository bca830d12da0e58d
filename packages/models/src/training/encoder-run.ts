/**
 * `atelier train encoder`: the disentangled encoder trained from pixels with ADDE's losses on
 * fresh labelled images (each read once), scored on a held-out set at every checkpoint and at
 * the end; the final weights go to `<out>/encoder/` and the scores to `<out>/evaluation.json`.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Tf } from "@atelier/ml";
import type { AttributeSchema } from "@atelier/schema";
import type { Optimizer } from "@tensorflow/tfjs";
import {
  imagesTensor,
  type LabelledImageSource,
  type LabelledImages,
  labelRows,
} from "../encoder/data.ts";
import { createEncoder, type Encoder } from "../encoder/encoder.ts";
import { type AttributeAccuracy, attributeAccuracy } from "../encoder/evaluate.ts";
import { createEncoderTrainer, ENCODER_TRAIN_DEFAULTS } from "../encoder/train.ts";
import { loadEncoderWeights, saveEncoderWeights } from "../encoder/weights.ts";
import type { TrainArgs } from "./args.ts";
import { openTrainingRun, type TrainRunResult } from "./loop.ts";
import { trainModel } from "./model-run.ts";

/** Where the images come from: a stream of fresh chunks, and a fixed held-out set. */
export interface EncoderTrainingData {
  /** Human-readable name of the data, stored in the run's config. */
  readonly name: string;
  /** Chunks from `seed`; a resumed run opens the stream with the seed of its next step. */
  open(seed: number, chunk: number): LabelledImageSource;
  readonly heldOut: LabelledImages;
}

export interface EncoderRunResult extends TrainRunResult {
  /** Held-out accuracy per attribute of the final weights. */
  scores: AttributeAccuracy[];
}

/** Batches per rendered chunk: the worker renders ten batches at a time. */
const BATCHES_PER_CHUNK = 10;
/** The learning rate drops to a fifth for the last third of the steps (the render check's). */
const LATE_DECAY = 5;

const meanAccuracy = (scores: readonly AttributeAccuracy[]) =>
  scores.reduce((sum, s) => sum + s.accuracy, 0) / scores.length;

function setLearningRate(optimizer: Optimizer, rate: number): void {
  (optimizer as unknown as { learningRate: number }).learningRate = rate;
}

/**
 * Trains steps (resumed + 1)..args.steps and scores the result.
 *
 * @example
 * await trainEncoderRun(tf, shopping100k, parseTrainArgs("encoder", ["--out", "runs/enc"]), data);
 */
export async function trainEncoderRun(
  tf: Tf,
  schema: AttributeSchema,
  args: TrainArgs,
  data: EncoderTrainingData,
): Promise<EncoderRunResult> {
  const options = { dim: args.dim, imageSize: args.imageSize };
  const config = {
    kind: "encoder",
    schema: schema.dataset,
    data: data.name,
    ...options,
    batch: args.batch,
    heldOut: data.heldOut.n,
    optimizer: { ...ENCODER_TRAIN_DEFAULTS, lateDecay: LATE_DECAY },
  };
  const { run, latest } = await openTrainingRun(args, config);
  const encoder: Encoder = latest
    ? loadEncoderWeights(tf, schema, latest.weights.manifest, latest.weights.bytes, options)
    : createEncoder(tf, schema, options, args.seed);
  const trainer = createEncoderTrainer(tf, encoder);
  const from = latest?.step ?? 0;
  const chunk = args.batch * BATCHES_PER_CHUNK;
  const source = data.open((args.seed + from * 7919) >>> 0, chunk);
  const width = schema.attributes.length;
  let items: LabelledImages | null = null;
  let offset = 0;
  try {
    const result = await trainModel(tf, {
      args,
      run,
      latest,
      label: "train encoder",
      optimizer: trainer.optimizer,
      weights: () => saveEncoderWeights(encoder),
      folder: "encoder",
      async step(step) {
        const late = step > Math.floor((args.steps * 2) / 3);
        setLearningRate(trainer.optimizer, trainer.options.learningRate / (late ? LATE_DECAY : 1));
        if (items === null || offset + args.batch > items.n) {
          items = await source.next();
          offset = 0;
        }
        const images = imagesTensor(tf, items, offset, args.batch);
        const valueIndices = labelRows(items, offset, args.batch, width);
        offset += args.batch;
        let loss: ReturnType<typeof trainer.trainStep>;
        try {
          loss = trainer.trainStep({ images, valueIndices });
        } finally {
          images.dispose();
        }
        const scalars = {
          loss: loss.total,
          classification: loss.classification,
          triplet: loss.triplet,
        };
        if (step % args.checkpointEvery !== 0 || step === args.steps) return scalars;
        return {
          ...scalars,
          heldOutAccuracy: meanAccuracy(attributeAccuracy(tf, encoder, data.heldOut)),
        };
      },
    });
    const scores = attributeAccuracy(tf, encoder, data.heldOut);
    const accuracy = Object.fromEntries(scores.map((s) => [`accuracy/${s.key}`, s.accuracy]));
    await run.log(args.steps, { heldOutAccuracy: meanAccuracy(scores), ...accuracy });
    await writeFile(
      join(args.out, "evaluation.json"),
      `${JSON.stringify({ step: args.steps, heldOut: data.heldOut.n, scores }, null, 2)}\n`,
    );
    return { ...result, scores };
  } finally {
    await source.close();
    trainer.dispose();
    encoder.dispose();
  }
}
