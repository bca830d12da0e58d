/** The index half of a turn: many sessions' queries, as few searches as their filters allow. */
import type { SearchFilter, VectorIndex } from "@atelier/index";

/** A session's ranked products: index ids, best first, and their scores (the index's metric). */
export interface Ranked {
  readonly ids: Int32Array;
  readonly scores: Float32Array;
}

/** One session's search: its query [dim], how many it wants, and which ids it may see. */
export interface SearchRequest {
  readonly query: Float32Array;
  readonly k: number;
  readonly filter?: SearchFilter | undefined;
}

/**
 * Searches every request, one index call per distinct filter (the same filter object, or none):
 * sessions sharing one share the BLAS pass. Each group is searched with its largest k and every
 * row cut to its own k, which on an exact index is the top-k it would have got alone.
 *
 * @example
 * const [ranked] = await searchAll(index, [{ query, k: 10 }]);
 */
export async function searchAll(
  index: VectorIndex,
  requests: readonly SearchRequest[],
): Promise<Ranked[]> {
  const out: Ranked[] = new Array(requests.length);
  for (const [filter, members] of groupByFilter(requests)) {
    const k = Math.max(...members.map((i) => requests[i]?.k ?? 1));
    const queries = new Float32Array(members.length * index.dim);
    members.forEach((i, row) => {
      queries.set(requests[i]?.query ?? [], row * index.dim);
    });
    const found = await index.search(queries, k, filter);
    members.forEach((i, row) => {
      const take = Math.min(requests[i]?.k ?? 1, found.k);
      const start = row * found.k;
      out[i] = {
        ids: found.ids.slice(start, start + take),
        scores: found.distances.slice(start, start + take),
      };
    });
  }
  return out;
}

/** Request positions by filter object, in first-seen order. */
function groupByFilter(
  requests: readonly SearchRequest[],
): Map<SearchFilter | undefined, number[]> {
  const groups = new Map<SearchFilter | undefined, number[]>();
  requests.forEach((request, i) => {
    const group = groups.get(request.filter);
    if (group === undefined) groups.set(request.filter, [i]);
    else group.push(i);
  });
  return groups;
}
