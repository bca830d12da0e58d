/** How many products a turn ranks, and ranking without the reference product. */
import type { RankOptions, TurnResult } from "@atelier/sessions";
import { badUserInput } from "./errors.ts";
import type { Runtime } from "./runtime.ts";

/** How many ranked products a turn stores and shows unless `k` says otherwise. */
export const RESULTS_PER_TURN = 20;
/** The largest `k` (products per turn) accepted. */
export const MAX_K = 100;
/** The largest `first` (turns per page) accepted. */
export const MAX_PAGE = 100;

/**
 * `k` checked against 1..MAX_K; RESULTS_PER_TURN when absent; otherwise a BAD_USER_INPUT error.
 *
 * @example
 * checkedK(undefined); // 20
 */
export function checkedK(k: number | null | undefined): number {
  if (k == null) return RESULTS_PER_TURN;
  if (!Number.isInteger(k) || k < 1 || k > MAX_K) {
    throw badUserInput(`k must be an integer from 1 to ${MAX_K}, got ${k}`, "k");
  }
  return k;
}

/**
 * Runs `run` (an engine call) and returns its ranking as product ids without `exclude`, cut to
 * `k`; `filter` (an index mask) limits which products may be ranked.
 */
export async function rankedWithout(
  runtime: Runtime,
  k: number,
  exclude: string | undefined,
  run: (rank: RankOptions) => Promise<TurnResult>,
  filter?: Uint8Array,
) {
  const result = await run({
    k: exclude === undefined ? k : k + 1,
    ...(filter !== undefined && { filter }),
  });
  const ids: string[] = [];
  const scores: number[] = [];
  result.ranked.ids.forEach((position, i) => {
    const id = runtime.productIdAt(position);
    if (id === exclude || ids.length === k) return;
    ids.push(id);
    scores.push(result.ranked.scores[i] ?? 0);
  });
  return { state: result.state, ids, scores };
}
