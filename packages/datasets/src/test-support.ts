// Shared by the *.test.ts files only; not exported from the package.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Random } from "@atelier/random";
import { type AttributeSchema, fromValueIndices, loadAttributeSchema } from "@atelier/schema";
import { afterEach, beforeEach, expect } from "vitest";
import { type DatasetErrorCode, isDatasetError } from "./errors.ts";

export { seededRandom } from "@atelier/random";
export { shopping100k } from "@atelier/schema";

/** 3 attributes, 7 values, each with its own attribute file: small enough to write by hand. */
export const tinySchema: AttributeSchema = loadAttributeSchema({
  dataset: "tiny",
  total: 7,
  attributes: [
    {
      key: "category",
      name: "Category",
      file: "category.txt",
      offset: 0,
      values: ["Coat", "Shirt", "Dress"],
    },
    { key: "sleeve", name: "Sleeve", file: "sleeve.txt", offset: 3, values: ["Long", "Short"] },
    { key: "color", name: "Color", file: "color.txt", offset: 5, values: ["Navy", "Red"] },
  ],
});

/** A fresh temporary folder per test, removed after it; call at the top of a `describe`. */
export function useTempDir(): () => string {
  let dir: string | undefined;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "atelier-datasets-"));
  });
  afterEach(async () => {
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });
  return () => {
    if (dir === undefined) throw new Error("useTempDir: no test is running");
    return dir;
  };
}

/** `count` random label vectors of `schema` (each attribute missing with probability 0.3). */
export function randomLabelRows(schema: AttributeSchema, random: Random, count: number) {
  return Array.from({ length: count }, () =>
    fromValueIndices(
      schema,
      schema.attributes.map((a) => (random() < 0.3 ? -1 : Math.floor(random() * a.size))),
    ),
  );
}

/** Asserts that `promise` rejects with a `DatasetError` of `code` whose message has `parts`. */
export async function expectDatasetError(
  promise: Promise<unknown>,
  code: DatasetErrorCode,
  ...parts: string[]
): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isDatasetError(error), `expected a DatasetError, got ${String(error)}`).toBe(true);
  if (!isDatasetError(error)) return;
  expect(error.code, error.message).toBe(code);
  for (const part of parts) expect(error.message).toContain(part);
}
