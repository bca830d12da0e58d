import { renderTrainingSet, trainingItemStream } from "@atelier/catalog";
import { loadTf } from "@atelier/ml";
import {
  type EncoderTrainingData,
  parseTrainArgs,
  type TrainArgs,
  trainAddeMRun,
  trainEncoderRun,
  trainMannRun,
  trainMannSmoke,
} from "@atelier/models";
import { shopping100k } from "@atelier/schema";
import type { Command } from "../options.ts";
import { addeMDataOf, mannDataOf } from "../training/catalog-data.ts";
import {
  DEFAULT_CATALOG,
  defaultCatalog,
  encodeCatalogWith,
} from "../training/encoder-features.ts";

const COMMON =
  "--out DIR [--steps N] [--seed 42] [--batch N] [--dim 32] [--checkpoint-every N] [--keep 3] [--resume]";

/** Held-out items come from a seed far from the training stream's, so none is shared. */
const HELD_OUT_SEED_OFFSET = 1_000_003;

/** The line every run ends with: steps done, last loss, where the weights went, time. */
function report(
  options: TrainArgs,
  result: { firstStep: number; lastStep: number; loss: number | undefined; weightsDir: string },
  started: number,
): void {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.firstStep > result.lastStep) {
    console.log(`${options.out}: already at step ${result.lastStep}; raise --steps to continue`);
    return;
  }
  console.log(
    `${options.out}: steps ${result.firstStep}..${result.lastStep}, last loss ${result.loss?.toFixed(4) ?? "-"}, weights ${result.weightsDir}; ${seconds} s`,
  );
}

/** Imported datasets need precomputed features (issue 5); the procedural catalog needs none. */
function refuseData(kind: string, options: TrainArgs): void {
  if (options.data !== undefined) {
    throw new Error(
      `train ${kind}: --data is not wired yet; omit it to train on the procedural catalog (--products ${DEFAULT_CATALOG.count} --catalog-seed ${DEFAULT_CATALOG.seed})`,
    );
  }
}

/**
 * The catalog of `--products`/`--catalog-seed` and its features from `--encoder`, refused before
 * encoding when the encoder's D is not `--dim`.
 */
async function encodedCatalog(
  kind: string,
  tf: Awaited<ReturnType<typeof loadTf>>,
  options: TrainArgs,
  encoder: string,
) {
  const catalog = defaultCatalog(options.catalog);
  const { features } = await encodeCatalogWith(tf, encoder, catalog, {
    dim: options.dim,
    command: `train ${kind}`,
  });
  return { catalog, features };
}

/**
 * `atelier train encoder --out DIR`: the disentangled encoder on fresh procedural renders (a
 * worker thread renders ahead of training), scored per attribute on held-out renders.
 */
export const trainEncoder: Command = {
  name: "train encoder",
  summary: `train the image encoder on fresh procedural renders: ${COMMON} [--size 64] [--held-out 2000]`,
  async run(args) {
    // Parsed before tfjs loads: bad options stop the command before any training starts.
    const options = parseTrainArgs("encoder", args);
    if (options.data !== undefined) {
      throw new Error(
        "train encoder: --data (images of a dataset folder) is not wired yet; omit it to train on fresh procedural renders",
      );
    }
    const tf = await loadTf();
    const started = performance.now();
    process.stderr.write(`rendering ${options.heldOut} held-out items...\n`);
    const heldOut = await renderTrainingSet(
      options.heldOut,
      options.imageSize,
      options.seed + HELD_OUT_SEED_OFFSET,
    );
    const data: EncoderTrainingData = {
      name: "procedural renders (sampleLabels priors), each read once",
      heldOut,
      open: (seed, chunk) => trainingItemStream({ seed, size: options.imageSize, chunk }),
    };
    const result = await trainEncoderRun(tf, shopping100k, options, data);
    for (const s of result.scores) {
      console.log(`${s.key.padEnd(10)} ${(s.accuracy * 100).toFixed(1)} % of ${s.items}`);
    }
    report(options, result, started);
  },
};

/**
 * `atelier train memory --encoder DIR --out DIR`: ADDE-M's W on the default catalog's train
 * split, encoded by the given encoder (features cached beside its weights).
 */
export const trainMemory: Command = {
  name: "train memory",
  summary: `train the ADDE-M memory block on the catalog's encoded train split: --encoder DIR ${COMMON} [--products 20000] [--catalog-seed 42]`,
  async run(args) {
    const options = parseTrainArgs("memory", args);
    refuseData("memory", options);
    const tf = await loadTf();
    const started = performance.now();
    const { catalog, features } = await encodedCatalog(
      "memory",
      tf,
      options,
      options.encoder as string,
    );
    const data = addeMDataOf(catalog, features, options.seed);
    report(options, await trainAddeMRun(tf, shopping100k, options, data), started);
  },
};

/**
 * `atelier train mann --encoder DIR --out DIR`: the MANN on pairs of the catalog's train split at
 * distance 1..8; without --encoder, a smoke run on synthetic sequences.
 */
export const trainMann: Command = {
  name: "train mann",
  summary: `train the MANN on catalog pairs at distance <= 8 (synthetic without --encoder): [--encoder DIR] ${COMMON} [--products 20000] [--catalog-seed 42] [--max-manipulations 8] [--write-by content|attribute] [--residual none|prototypes]`,
  async run(args) {
    const options = parseTrainArgs("mann", args);
    refuseData("mann", options);
    const tf = await loadTf();
    const started = performance.now();
    if (options.encoder === undefined) {
      report(options, await trainMannSmoke(tf, shopping100k, options), started);
      return;
    }
    const { catalog, features } = await encodedCatalog("mann", tf, options, options.encoder);
    const data = mannDataOf(catalog, features, options.maxManipulations);
    report(options, await trainMannRun(tf, shopping100k, options, data), started);
  },
};
