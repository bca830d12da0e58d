import { pick, seededRandom } from "@atelier/random";
import type { AttributeSchema, Labels } from "@atelier/schema";
import { encodeLabels } from "@atelier/schema";

/** A product of the demo catalog: random labels, a title made from them, a price and stock. */
export interface DemoProduct {
  id: string;
  title: string;
  description: string;
  priceCents: number;
  stock: number;
  labels: Labels;
  labelVector: Float32Array;
}

// Share of products that leave an attribute blank, so that missing blocks occur as in the data.
const MISSING_RATE = 0.25;

/**
 * A seeded catalog of `count` products with random labels. It stands in until the procedural
 * catalog (rendered garments with realistic structure) exists; it is enough to exercise the
 * database, the index and the manipulation algebra end to end.
 *
 * @example
 * const products = demoCatalog(shopping100k, 500, 42);
 */
export function demoCatalog(schema: AttributeSchema, count: number, seed: number): DemoProduct[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const labels: Record<string, string | null> = {};
    for (const attribute of schema.attributes) {
      const required = attribute.index === 0;
      labels[attribute.key] =
        required || random() >= MISSING_RATE ? pick(random, attribute.values) : null;
    }
    const title = [labels.color, labels.fit, labels.category].filter(Boolean).join(" ");
    return {
      id: `demo-${String(i).padStart(5, "0")}`,
      title: title || `Item ${i}`,
      description: describe(schema, labels),
      priceCents: 1000 + Math.floor(random() * 19000),
      stock: Math.floor(random() * 20),
      labels,
      labelVector: encodeLabels(schema, labels),
    };
  });
}

function describe(schema: AttributeSchema, labels: Labels): string {
  return schema.attributes
    .filter((a) => labels[a.key])
    .map((a) => `${a.name}: ${labels[a.key]}`)
    .join(", ");
}
