import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Catalog } from "./catalog.ts";

/** The generator's parameters, enough to regenerate every product of a dataset folder. */
export const MANIFEST_FILE = "catalog.json";

/** The contents of `catalog.json`. */
export interface CatalogManifest {
  readonly generator: "@atelier/catalog";
  readonly dataset: string;
  readonly seed: number;
  readonly count: number;
  readonly train: number;
  readonly test: number;
  readonly size: number;
}

/** The manifest of a catalog whose images are `size` pixels wide. */
export function manifestOf(catalog: Catalog, size: number): CatalogManifest {
  return {
    generator: "@atelier/catalog",
    dataset: catalog.schema.dataset,
    seed: catalog.seed,
    count: catalog.count,
    train: catalog.train.length,
    test: catalog.test.length,
    size,
  };
}

/**
 * Reads `catalog.json` of a generated dataset folder, or returns `undefined` when the folder has
 * none (imported real data). A malformed manifest throws naming the file and the field.
 *
 * @example
 * const manifest = await readCatalogManifest("data/catalog"); // { seed: 42, count: 20000, ... }
 */
export async function readCatalogManifest(dir: string): Promise<CatalogManifest | undefined> {
  const file = join(dir, MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as { code?: unknown }).code === "ENOENT") return undefined;
    throw error;
  }
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
  if (body.generator !== "@atelier/catalog") {
    throw new Error(
      `${file}: "generator" must be "@atelier/catalog", got ${JSON.stringify(body.generator)}`,
    );
  }
  for (const field of ["seed", "count", "train", "test", "size"] as const) {
    const value = body[field];
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
      throw new Error(
        `${file}: "${field}" must be a non-negative integer, got ${JSON.stringify(value)}`,
      );
    }
  }
  if (typeof body.dataset !== "string") {
    throw new Error(`${file}: "dataset" must be a string, got ${JSON.stringify(body.dataset)}`);
  }
  return body as unknown as CatalogManifest;
}
