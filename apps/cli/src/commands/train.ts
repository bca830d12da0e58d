import { loadTf } from "@atelier/ml";
import { parseTrainArgs, type TrainKind, trainMannSmoke } from "@atelier/models";
import { shopping100k } from "@atelier/schema";
import type { Command } from "../options.ts";

const USAGE =
  "--out DIR [--steps 20] [--seed 42] [--batch 4] [--dim 8] [--checkpoint-every N] [--keep 3] [--resume] [--data DIR]";

/** encoder and ADDE-M train on the catalog's features; until those exist they say so and stop. */
function notWired(kind: Exclude<TrainKind, "mann">): Command {
  return {
    name: `train ${kind}`,
    summary: `train the ${kind === "encoder" ? "image encoder" : "ADDE-M memory"} (not wired yet)`,
    async run(args) {
      // Options are still checked first, so a typo is reported as such.
      parseTrainArgs(kind, args);
      throw new Error(`train ${kind}: not wired yet: needs catalog features`);
    },
  };
}

/**
 * `atelier train mann --out DIR [--steps N] [--resume]`: the MANN on synthetic sequences, writing
 * metrics.jsonl, TensorBoard events and checkpoints under DIR (a smoke run of the plumbing).
 */
export const trainMann: Command = {
  name: "train mann",
  summary: `train the MANN on synthetic sequences: ${USAGE} [--max-manipulations 3]`,
  async run(args) {
    // Parsed before tfjs loads: bad options stop the command before any training starts.
    const options = parseTrainArgs("mann", args);
    if (options.data !== undefined) {
      throw new Error("train mann: --data is not wired yet (needs catalog features); omit it");
    }
    const tf = await loadTf();
    const started = performance.now();
    const result = await trainMannSmoke(tf, shopping100k, options);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (result.firstStep > result.lastStep) {
      console.log(`${options.out}: already at step ${result.lastStep}; raise --steps to continue`);
      return;
    }
    console.log(
      `${options.out}: steps ${result.firstStep}..${result.lastStep}, last loss ` +
        `${result.loss?.toFixed(4)}, events ${result.eventsFile}; ${seconds} s`,
    );
  },
};

export const trainEncoder = notWired("encoder");
export const trainMemory = notWired("memory");
