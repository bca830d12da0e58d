import { describe, expect, it } from "vitest";
import { applyManipulations } from "./apply.ts";
import { distance, splitDifference, splitIndicators } from "./difference.ts";
import { encodeLabels } from "./labels.ts";
import { loadAttributeSchema } from "./load.ts";
import { shopping100k } from "./shopping100k.ts";
import {
  perturb,
  randomLabels,
  schemaErrorOf,
  seededRandom,
  shuffled,
  tinySchemaJson,
} from "./test-support.ts";

const tiny = loadAttributeSchema(tinySchemaJson);

describe("distance", () => {
  it("counts differing blocks, missing included", () => {
    expect(distance(shopping100k, { color: "Red", collar: "Polo" }, { color: "Navy" })).toBe(2);
    expect(distance(tiny, { shape: "Wrap" }, { shape: "wrap" })).toBe(0);
    expect(distance(tiny, [1, 0, 0, 1, 0, 0, 0], { shape: "A-line" })).toBe(1);
  });

  it("rejects invalid vectors", () => {
    expect(schemaErrorOf(() => distance(tiny, [1, 1, 0, 0, 0, 0, 0], {})).code).toBe(
      "multiple_values",
    );
  });
});

describe("splitDifference", () => {
  it("gives one manipulation per differing attribute, in schema order", () => {
    expect(
      splitDifference(
        shopping100k,
        { color: "Red", fit: "Slim" },
        { color: "Navy", collar: "Polo" },
      ),
    ).toEqual([
      { attribute: "collar", add: "Polo" },
      { attribute: "color", remove: "Red", add: "Navy" },
      { attribute: "fit", remove: "Slim" },
    ]);
    expect(splitDifference(tiny, { shape: "Wrap" }, [0, 0, 1, 0, 0, 0, 0])).toEqual([]);
  });
});

// Property-style: the algebra holds for random pairs on a 151-value and a 7-value schema.
describe("properties over random pairs", () => {
  for (const [name, schema] of [
    ["shopping100k", shopping100k],
    ["tiny", tiny],
  ] as const) {
    it(`holds for ${name}`, () => {
      const random = seededRandom(name.length * 1000 + 17);
      for (let n = 0; n < 400; n++) {
        const query = randomLabels(schema, random);
        // Half near pairs (distance <= 8, as in training), half independent ones.
        const target =
          n % 2 === 0 ? perturb(schema, query, 1 + (n % 8), random) : randomLabels(schema, random);
        const q = encodeLabels(schema, query);
        const t = encodeLabels(schema, target);

        const sum = new Float32Array(schema.total);
        for (const indicator of splitIndicators(schema, query, target)) {
          indicator.forEach((v, i) => {
            sum[i] = (sum[i] ?? 0) + v;
          });
        }
        expect(sum).toEqual(t.map((v, i) => v - (q[i] ?? 0)));

        const split = splitDifference(schema, query, target);
        const d = distance(schema, query, target);
        expect(split.length).toBe(d);
        expect(new Set(split.map((m) => m.attribute)).size).toBe(d);
        expect(distance(schema, target, query)).toBe(d);
        expect(distance(schema, q, t)).toBe(d);
        expect(d === 0).toBe(q.every((v, i) => v === t[i]));
        expect(distance(schema, query, query)).toBe(0);
        expect(applyManipulations(schema, query, shuffled(split, random))).toEqual(target);
      }
    });
  }
});
