import { VectorIndexError } from "./errors.ts";
import type { SearchFilter, SearchResult } from "./types.ts";

/**
 * An engine's unfiltered search of `rows` queries (row-major in `queries`) for `k` neighbours,
 * k <= the index size; rows padded with id -1 where the engine stopped short.
 */
export type RawSearch = (
  queries: Float32Array,
  k: number,
) => Pick<SearchResult, "ids" | "distances">;

/** What a filtered search runs over: the engine, its size and dimension, the padding distance. */
export interface FilteredSearchTarget {
  readonly search: RawSearch;
  readonly size: number;
  readonly dim: number;
  /** Distance written where a row holds fewer than k allowed ids (+-Infinity). */
  readonly missing: number;
}

/** The first fetch covers this many times k allowed ids at the filter's overall selectivity. */
const FIRST_FETCH_MARGIN = 2;
/** Each later round fetches this many times more. */
const GROWTH = 4;
/** Result slots (ids and distances) per native call, to bound memory when fetch nears size. */
const RESULT_SLOTS = 1 << 22;

/**
 * Up to k allowed neighbours per query from an engine with no native filters: search for more
 * than k, keep the allowed ids in order, and search again with 4x as many for the queries still
 * short of k, until each has k, the fetch reaches the index size, or the engine pads its row
 * (a larger k gives nothing more: IVF has spent its probed lists, and faiss's HNSW walk stops on
 * efSearch, not k); such a row ends in -1s. The first fetch is k scaled by the filter's
 * selectivity (x2), so a filter allowing 1% of ids starts at 200k. On an exact engine (flat) the
 * result equals brute force over the allowed ids: the fetch grows to the whole index if it must.
 *
 * @example
 * const result = searchFiltered(target, queries, 2, 10, allowedIdMask([3, 7, 9], 100));
 */
export function searchFiltered(
  target: FilteredSearchTarget,
  queries: Float32Array,
  rows: number,
  k: number,
  filter: SearchFilter,
): SearchResult {
  const { size, dim, missing } = target;
  const allow = allowPredicate(filter);
  let allowed = 0;
  for (let id = 0; id < size; id++) if (allow(id)) allowed++;
  const width = Math.min(k, allowed);
  const ids = new Int32Array(rows * width).fill(-1);
  const distances = new Float32Array(rows * width).fill(missing);
  let pending = Array.from({ length: width > 0 ? rows : 0 }, (_, q) => q);
  let fetch = Math.min(size, Math.max(k, Math.ceil((FIRST_FETCH_MARGIN * k * size) / allowed)));
  while (pending.length > 0) {
    const short: number[] = [];
    const chunk = Math.max(1, Math.floor(RESULT_SLOTS / fetch));
    for (let start = 0; start < pending.length; start += chunk) {
      const group = pending.slice(start, start + chunk);
      const batch = new Float32Array(group.length * dim);
      group.forEach((q, i) => {
        batch.set(queries.subarray(q * dim, (q + 1) * dim), i * dim);
      });
      const found = target.search(batch, fetch);
      group.forEach((q, i) => {
        let kept = 0;
        let padded = false;
        for (let j = i * fetch; j < (i + 1) * fetch && kept < width; j++) {
          const id = found.ids[j] as number;
          if (id === -1) {
            padded = true;
            break;
          }
          if (!allow(id)) continue;
          ids[q * width + kept] = id;
          distances[q * width + kept] = found.distances[j] as number;
          kept++;
        }
        if (kept < width && !padded && fetch < size) short.push(q);
      });
    }
    pending = short;
    fetch = Math.min(size, fetch * GROWTH);
  }
  return { queries: rows, k: width, ids, distances };
}

/**
 * A mask allowing exactly `ids` among `size` ids, for `search(queries, k, mask)`: the service
 * builds it from whatever the database says is eligible (category, price, stock, ...).
 *
 * @example
 * const mask = allowedIdMask([4, 8, 15], index.size);
 * const result = await index.search(query, 10, mask); // ids only from 4, 8, 15
 */
export function allowedIdMask(ids: Iterable<number>, size: number): Uint8Array {
  if (!Number.isInteger(size) || size < 0) {
    throw new VectorIndexError("invalid_argument", `size must be an integer >= 0, got ${size}`);
  }
  const mask = new Uint8Array(size);
  for (const id of ids) {
    if (!Number.isInteger(id) || id < 0 || id >= size) {
      throw new VectorIndexError(
        "invalid_argument",
        `id ${String(id)} is not an integer from 0 to ${size - 1}`,
      );
    }
    mask[id] = 1;
  }
  return mask;
}

/** The filter as a predicate over ids; throws `invalid_argument` on anything else. */
export function allowPredicate(filter: SearchFilter): (id: number) => boolean {
  if (filter instanceof Uint8Array) return (id) => (filter[id] ?? 0) !== 0;
  if (typeof filter === "object" && filter !== null && typeof filter.allow === "function") {
    const allow = filter.allow;
    return (id) => allow(id) === true;
  }
  throw new VectorIndexError(
    "invalid_argument",
    "filter must be a Uint8Array mask over ids or { allow: (id) => boolean }",
  );
}
