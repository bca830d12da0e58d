/**
 * The models one `atelier eval` run compares: the two references (query only, oracle), ADDE-M
 * in both modes from one `--memory` folder, and every `--mann` folder, loaded for one D.
 */
import type { Tf } from "@atelier/ml";
import { loadWeights, type Manipulator, type ManipulatorKind, readWeights } from "@atelier/models";
import { shopping100k } from "@atelier/schema";
import type { ModelDir } from "./model-dims.ts";
import type { EvalOptions } from "./options.ts";
import type { QueryModel } from "./retrieval.ts";

/**
 * Every model folder of `options` with the option that named it, encoder first: the order in
 * which their D is checked.
 *
 * @example
 * modelDirs(options); // [{ option: "encoder", dir: "models/encoder" }, { option: "mann", dir: "models/mann" }]
 */
export function modelDirs(options: EvalOptions): ModelDir[] {
  return [
    ...(options.encoder === undefined ? [] : [{ option: "encoder", dir: options.encoder }]),
    ...(options.memory === undefined ? [] : [{ option: "memory", dir: options.memory }]),
    ...options.manns.map((dir) => ({ option: "mann", dir })),
  ];
}

/** The manipulators in a weights folder: both ADDE-M modes share one W. */
async function manipulatorsIn(
  tf: Tf,
  dir: string,
  kinds: readonly { name: string; kind: ManipulatorKind }[],
  dim: number,
): Promise<QueryModel[]> {
  const { manifest, bytes } = await readWeights(dir);
  return kinds.map(({ name, kind }) => ({
    name,
    kind: "manipulator" as const,
    manipulator: loadWeights(tf, shopping100k, manifest, bytes, { kind, dim }),
  }));
}

/** "MANN (thesis)" for the thesis's, else what differs from it: "MANN (write by attribute, ...)". */
function mannName(m: Manipulator): string {
  const options = m.options as { writeBy?: string; residual?: string };
  const changes = [
    ...(options.writeBy === "attribute" ? ["write by attribute"] : []),
    ...(options.residual === "prototypes" ? ["prototype residual"] : []),
    ...(options.residual === "replace" ? ["prototype replace"] : []),
  ];
  return changes.length === 0 ? "MANN (thesis)" : `MANN (${changes.join(", ")})`;
}

/**
 * The two references, then ADDE-M in both modes, then every MANN, in the order given; the
 * caller disposes the manipulators.
 *
 * @example
 * const models = await loadModels(tf, options, 32);
 */
export async function loadModels(tf: Tf, options: EvalOptions, dim: number): Promise<QueryModel[]> {
  const models: QueryModel[] = [
    { name: "query only", kind: "query-only" },
    { name: "oracle (target's features)", kind: "oracle" },
  ];
  if (options.memory !== undefined) {
    const kinds = [
      { name: "ADDE-M (thesis)", kind: "adde-m-thesis" as const },
      { name: "ADDE-M (fair)", kind: "adde-m-fair" as const },
    ];
    models.push(...(await manipulatorsIn(tf, options.memory, kinds, dim)));
  }
  for (const dir of options.manns) {
    const [mann] = await manipulatorsIn(tf, dir, [{ name: "MANN", kind: "mann" }], dim);
    if (mann?.kind === "manipulator") models.push({ ...mann, name: mannName(mann.manipulator) });
  }
  return models;
}
