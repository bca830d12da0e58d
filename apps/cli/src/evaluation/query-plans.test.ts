import { galleryRow, generateCatalog, testGallery } from "@atelier/catalog";
import { shopping100k } from "@atelier/schema";
import { describe, expect, it } from "vitest";
import {
  generatedSingleQueries,
  multiPlan,
  type QueryPlan,
  retrievalTask,
  singlePlan,
} from "./query-plans.ts";

// 500 products: a 100-item test split, the smallest with pairs at every distance 1..8.
const gallery = testGallery(generateCatalog({ schema: shopping100k, count: 500, seed: 42 }));
const width = shopping100k.attributes.length;
const target = (plan: QueryPlan, q: number) => plan.targets.subarray(q * width, (q + 1) * width);
const row = (k: number) => Array.from(galleryRow(gallery, k));

/** Every query's oracle has its target's labels, and it changes what it says it changes. */
function checkPlan(plan: QueryPlan): void {
  expect(plan.galleryCount).toBe(gallery.count);
  for (let q = 0; q < plan.count; q++) {
    const to = Array.from(target(plan, q));
    expect(row(plan.oracles[q] as number)).toEqual(to);
    const from = row(plan.references[q] as number);
    const changed = to.flatMap((v, a) => (v === from[a] ? [] : [a]));
    expect(plan.manipulated[q]).toEqual(changed);
    // One indicator per changed attribute: a multi query applies them one at a time.
    expect(plan.manipulations[q]).toHaveLength(changed.length);
  }
}

describe("singlePlan", () => {
  it("plans one manipulation per query, the oracle an item with the target's labels", () => {
    const plan = singlePlan(gallery, generatedSingleQueries(gallery));
    expect(plan.name).toBe("single");
    expect(plan.count).toBeGreaterThan(0);
    expect(plan.manipulated.every((m) => m.length === 1)).toBe(true);
    checkPlan(plan);
  });
});

describe("multiPlan", () => {
  it("plans the 1,000 pairs, 125 at each distance 1..8, the same every time", () => {
    const plan = multiPlan(gallery);
    expect(plan.count).toBe(1000);
    const byDistance = new Map<number, number>();
    for (const m of plan.manipulated) byDistance.set(m.length, (byDistance.get(m.length) ?? 0) + 1);
    expect([...byDistance.entries()].sort((a, b) => a[0] - b[0])).toEqual(
      Array.from({ length: 8 }, (_, d) => [d + 1, 125]),
    );
    checkPlan(plan);
    expect(multiPlan(gallery)).toEqual(plan);
  });
});

describe("retrievalTask", () => {
  it("reads references and oracles from the gallery's feature rows", () => {
    const plan = multiPlan(gallery);
    const size = 3;
    // Row k of the features is [k, k, k]: a gathered row names the item it came from.
    const vectors = Float32Array.from({ length: gallery.count * size }, (_, i) =>
      Math.floor(i / size),
    );
    const task = retrievalTask(plan, vectors);
    expect(task.count).toBe(1000);
    expect(Array.from(task.references.subarray(0, size))).toEqual(
      Array(size).fill(plan.references[0]),
    );
    expect(Array.from(task.oracle.subarray(3 * size, 4 * size))).toEqual(
      Array(size).fill(plan.oracles[3]),
    );
    expect(() => retrievalTask(plan, new Float32Array(gallery.count * size + 1))).toThrow(
      "do not make one row per gallery item (100)",
    );
  });
});
