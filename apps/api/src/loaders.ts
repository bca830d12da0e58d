/**
 * Per-request DataLoaders (issue 6, item 3): every product and turn a request resolves is read in
 * one batched query per kind, so a session of N turns costs a constant number of queries.
 */
import type { Db, Product, Turn } from "@atelier/db";
import { exposuresOfTurns, listProductsByIds, turnsOfSessions, variantKeys } from "@atelier/db";
import DataLoader from "dataloader";

export interface Loaders {
  /** Products by id; a missing product loads as null. */
  readonly products: DataLoader<string, Product | null>;
  /** A session's turns in the order stored, by session id. */
  readonly sessionTurns: DataLoader<string, Turn[]>;
  /** The exposure of a turn's ranking by turn id; null outside an experiment. */
  readonly turnExposures: DataLoader<string, string | null>;
  /** Variant keys by variant id. */
  readonly variantKeys: DataLoader<string, string | null>;
}

/**
 * Creates fresh loaders; build one set per request so caches never outlive it.
 *
 * @example
 * const loaders = createLoaders(db);
 * const [a, b] = await Promise.all([loaders.products.load("p1"), loaders.products.load("p2")]);
 */
export function createLoaders(db: Db): Loaders {
  return {
    products: new DataLoader(async (ids) => {
      const byId = new Map((await listProductsByIds(db, ids)).map((p) => [p.id, p]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    // One query for every session a request reads (a product team's page of sessions too).
    sessionTurns: new DataLoader((sessionIds) => turnsOfSessions(db, sessionIds)),
    turnExposures: new DataLoader((turnIds) => exposuresOfTurns(db, turnIds)),
    variantKeys: new DataLoader((variantIds) => variantKeys(db, variantIds)),
  };
}
