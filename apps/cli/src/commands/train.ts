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
import { catalogTrainSplit } from "../training/catalog-data.ts";
import { folderTrainSplit, openTrainFolder, type TrainFolder } from "../training/dataset-data.ts";
import { datasetEncoderData, readEncoderFolder } from "../training/dataset-images.ts";
import { defaultCatalog, encodeCatalogWith } from "../training/encoder-features.ts";
import { addeMData, mannData, type TrainSplit } from "../training/manipulator-data.ts";

const COMMON =
  "--out DIR [--steps N] [--seed 42] [--batch N] [--dim 32] [--checkpoint-every N] [--keep 3] [--resume]";

/** Where memory and MANN features come from, as their usage lines say it. */
const FEATURES =
  "(--encoder DIR [--products 20000] [--catalog-seed 42] | --data DIR (--encoder DIR | --features FILE.npy))";

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

/**
 * `--data`'s folder, read and checked before tfjs loads (split files, triplets, the feature
 * file's shape or the images), so that a bad folder stops the command at once.
 */
function openFolder(options: TrainArgs): Promise<TrainFolder | undefined> {
  return options.data === undefined
    ? Promise.resolve(undefined)
    : openTrainFolder(options, shopping100k);
}

/**
 * The train split memory and MANN learn from: `--data`'s, or that of the catalog of
 * `--products`/`--catalog-seed` encoded by `--encoder` (refused before encoding when the
 * encoder's D is not `--dim`).
 */
async function manipulatorSplit(
  tf: Awaited<ReturnType<typeof loadTf>>,
  options: TrainArgs,
  folder: TrainFolder | undefined,
): Promise<TrainSplit> {
  if (folder !== undefined) return folderTrainSplit(tf, folder, options, shopping100k);
  const catalog = defaultCatalog(options.catalog);
  const { features } = await encodeCatalogWith(tf, options.encoder as string, catalog, {
    dim: options.dim,
    command: `train ${options.kind}`,
  });
  return catalogTrainSplit(catalog, features);
}

/** Fresh procedural renders (a worker thread renders ahead of training), held-out renders. */
async function proceduralEncoderData(options: TrainArgs): Promise<EncoderTrainingData> {
  process.stderr.write(`rendering ${options.heldOut} held-out items...\n`);
  const heldOut = await renderTrainingSet(
    options.heldOut,
    options.imageSize,
    options.seed + HELD_OUT_SEED_OFFSET,
  );
  return {
    name: "procedural renders (sampleLabels priors), each read once",
    heldOut,
    open: (seed, chunk) => trainingItemStream({ seed, size: options.imageSize, chunk }),
  };
}

/**
 * `atelier train encoder --out DIR [--data DIR]`: the disentangled encoder on fresh procedural
 * renders, or for epochs on a dataset folder's train images; scored per attribute on held-out
 * renders or on a slice of the folder's test split.
 */
export const trainEncoder: Command = {
  name: "train encoder",
  summary: `train the image encoder on fresh procedural renders, or on the train images of --data DIR (epochs, held out from its test split): ${COMMON} [--data DIR] [--size 64] [--held-out 2000]`,
  async run(args) {
    // Parsed and read before tfjs loads: bad options or a bad folder stop the command at once.
    const options = parseTrainArgs("encoder", args);
    const folder =
      options.data === undefined ? undefined : await readEncoderFolder(options.data, shopping100k);
    const tf = await loadTf();
    const started = performance.now();
    const data =
      folder === undefined
        ? await proceduralEncoderData(options)
        : await datasetEncoderData(folder.train, folder.test, {
            size: options.imageSize,
            heldOut: options.heldOut,
          });
    const result = await trainEncoderRun(tf, shopping100k, options, data);
    for (const s of result.scores) {
      console.log(`${s.key.padEnd(10)} ${(s.accuracy * 100).toFixed(1)} % of ${s.items}`);
    }
    report(options, result, started);
  },
};

/**
 * `atelier train memory --encoder DIR --out DIR`: ADDE-M's W on the default catalog's train
 * split encoded by the given encoder (features cached beside its weights); with `--data DIR`,
 * on that folder's train split (its `triplet_train.txt` when it has one).
 */
export const trainMemory: Command = {
  name: "train memory",
  summary: `train the ADDE-M memory block on a train split's features, the catalog's or --data DIR's (with its triplet files if any): ${FEATURES} ${COMMON}`,
  async run(args) {
    const options = parseTrainArgs("memory", args);
    const folder = await openFolder(options);
    const tf = await loadTf();
    const started = performance.now();
    const split = await manipulatorSplit(tf, options, folder);
    const data = addeMData(split, options.seed, folder?.triplets);
    report(options, await trainAddeMRun(tf, shopping100k, options, data), started);
  },
};

/**
 * `atelier train mann --encoder DIR --out DIR`: the MANN on pairs of the catalog's (or
 * `--data`'s) train split at distance 1..8; without --encoder or --data, a smoke run on
 * synthetic sequences.
 */
export const trainMann: Command = {
  name: "train mann",
  summary: `train the MANN on pairs at distance <= 8 of a train split, the catalog's or --data DIR's (synthetic with neither --encoder nor --data): [${FEATURES}] ${COMMON} [--max-manipulations 8] [--write-by content|attribute] [--residual none|prototypes|replace] [--loss smooth-l1,...]`,
  async run(args) {
    const options = parseTrainArgs("mann", args);
    const folder = await openFolder(options);
    const tf = await loadTf();
    const started = performance.now();
    if (options.encoder === undefined && folder === undefined) {
      report(options, await trainMannSmoke(tf, shopping100k, options), started);
      return;
    }
    const split = await manipulatorSplit(tf, options, folder);
    const data = mannData(split, options.maxManipulations);
    report(options, await trainMannRun(tf, shopping100k, options, data), started);
  },
};
