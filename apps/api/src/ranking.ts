/** How many products a turn ranks, and ranking without the reference product. */
import type { RankOptions, TurnResult } from "@atelier/sessions";
import { badUserInput } from "./errors.ts";
import { type AttributeValue, holds } from "./reference.ts";
import { parseEngineName, type Runtime } from "./runtime.ts";

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

/** How many of the best products a "requested values first" ranking reorders. */
export const PREFER_POOL = 200;

export interface RankingRequest {
  readonly k: number;
  /** A product never shown (the reference). */
  readonly exclude?: string | undefined;
  /** The index mask of the products that may be ranked. */
  readonly filter?: Uint8Array | undefined;
  /**
   * "Requested values first": how many requested values the product at a position holds; among
   * the PREFER_POOL most similar, more come first, ties keep the similarity order.
   */
  readonly prefer?: ((position: number) => number) | undefined;
}

/**
 * Runs `run` (an engine call) and returns its ranking as product ids, without `exclude`, cut to
 * `k`.
 */
export async function rankedWithout(
  runtime: Runtime,
  request: RankingRequest,
  run: (rank: RankOptions) => Promise<TurnResult>,
) {
  const { k, exclude, filter, prefer } = request;
  const wanted = exclude === undefined ? k : k + 1;
  const result = await run({
    k: prefer ? Math.max(wanted, Math.min(PREFER_POOL, runtime.productCount)) : wanted,
    ...(filter !== undefined && { filter }),
  });
  let order = [...result.ranked.ids.keys()].filter((i) => (result.ranked.ids[i] ?? -1) >= 0);
  if (prefer) {
    const held = order.map((i) => prefer(result.ranked.ids[i] as number));
    // Array.prototype.sort is stable: equal counts keep the similarity order.
    order = order
      .map((i, j) => ({ i, held: held[j] as number }))
      .sort((a, b) => b.held - a.held)
      .map(({ i }) => i);
  }
  const ids: string[] = [];
  const scores: number[] = [];
  for (const i of order) {
    const id = runtime.productIdAt(result.ranked.ids[i] as number);
    if (id === exclude) continue;
    ids.push(id);
    scores.push(result.ranked.scores[i] ?? 0);
    if (ids.length === k) break;
  }
  return { state: result.state, ids, scores };
}

/**
 * How many of `requested` a served product holds ("none": the attribute is missing), for
 * `RankingRequest.prefer`; undefined when nothing is requested or the engine ranks by similarity.
 *
 * @example
 * preferRequested(runtime, "mann+requested-first", [{ attribute: "color", value: "Black" }]);
 */
export function preferRequested(
  runtime: Runtime,
  engine: string,
  requested: readonly AttributeValue[],
): ((position: number) => number) | undefined {
  if (requested.length === 0 || parseEngineName(engine).ranking !== "requested-first") {
    return undefined;
  }
  return (position) => {
    const labels = runtime.labelsOf(position);
    return requested.filter((want) => holds(labels, want)).length;
  };
}
