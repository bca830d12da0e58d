/**
 * A smoke run of the training plumbing on the MANN: synthetic sequences (random query vectors,
 * one-attribute replace indicators) through {@link trainMannRun}. It checks that
 * `atelier train mann` writes and resumes a run, not that the MANN learns.
 */
import type { Tf } from "@atelier/ml";
import { pick, uniformArray } from "@atelier/random";
import { type AttributeSchema, manipulationIndicator } from "@atelier/schema";
import type { MannSequence } from "../mann/batch.ts";
import type { TrainArgs } from "./args.ts";
import type { TrainRunResult } from "./loop.ts";
import { type MannTrainingData, trainMannRun } from "./mann-run.ts";

/** `count` sequences: the target is the query with each manipulated attribute's chunk redrawn. */
export function syntheticMannSequences(
  schema: AttributeSchema,
  dim: number,
  random: () => number,
  count: number,
  maxManipulations: number,
): MannSequence[] {
  const width = schema.attributes.length * dim;
  return Array.from({ length: count }, () => {
    const query = uniformArray(random, width, -1, 1);
    const target = Float32Array.from(query);
    const length = 1 + Math.floor(random() * maxManipulations);
    const indicators = Array.from({ length }, () => {
      const index = Math.floor(random() * schema.attributes.length);
      const attribute = schema.attributes[index];
      if (attribute === undefined) throw new Error("schema has no attributes");
      const add = pick(random, attribute.values);
      const others = attribute.values.filter((v) => v !== add);
      target.set(uniformArray(random, dim, -1, 1), index * dim);
      // A one-value attribute can only be added; otherwise a replace of one value by another.
      const manipulation =
        others.length === 0
          ? { attribute: attribute.key, add }
          : { attribute: attribute.key, remove: pick(random, others), add };
      return manipulationIndicator(schema, manipulation);
    });
    return { query, indicators, target };
  });
}

/**
 * Synthetic training data for a MANN of `dim`: random query vectors, 1..`maxManipulations`
 * one-attribute replaces, the manipulated chunks of the target redrawn at random.
 */
export function syntheticMannData(
  schema: AttributeSchema,
  dim: number,
  maxManipulations: number,
): MannTrainingData {
  return {
    name: `synthetic: random vectors, 1..${maxManipulations} redrawn chunks`,
    vectorSize: schema.attributes.length * dim,
    sequences: (random, count) =>
      syntheticMannSequences(schema, dim, random, count, maxManipulations),
  };
}

/** What a smoke run did. */
export type MannSmokeResult = TrainRunResult;

/**
 * {@link trainMannRun} on {@link syntheticMannData} of `args.dim` and `args.maxManipulations`:
 * `atelier train mann` without `--encoder`.
 *
 * @example
 * await trainMannSmoke(tf, shopping100k, parseTrainArgs("mann", ["--steps", "3", "--out", "r"]));
 */
export function trainMannSmoke(
  tf: Tf,
  schema: AttributeSchema,
  args: TrainArgs,
): Promise<MannSmokeResult> {
  return trainMannRun(tf, schema, args, syntheticMannData(schema, args.dim, args.maxManipulations));
}
