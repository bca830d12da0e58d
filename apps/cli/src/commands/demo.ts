import { listProductsByIds, upsertProducts } from "@atelier/db";
import { createDb } from "@atelier/db/client";
import { createFlatIndex, resultRow } from "@atelier/index";
import type { Tf } from "@atelier/ml";
import { loadTf } from "@atelier/ml";
import type { AttributeSchema, Manipulation } from "@atelier/schema";
import {
  applyManipulation,
  distance,
  manipulationIndicator,
  manipulationTo,
  shopping100k,
} from "@atelier/schema";
import { type DemoProduct, demoCatalog } from "../demo-catalog.ts";
import { type Command, parseOptions, positiveInt } from "../options.ts";

export interface DemoOptions {
  products: number;
  seed: number;
  k: number;
}

/**
 * The smallest end-to-end path: a seeded catalog goes into the database, its vectors into a faiss
 * index; one manipulation of a reference product becomes a query vector, and the ranked products
 * are read back from the database. Until the encoder exists the vectors are the normalised label
 * vectors (the "oracle" embedding), so the ranking can be checked by eye.
 */
export async function runDemo(options: DemoOptions): Promise<void> {
  const schema = shopping100k;
  const tf = await loadTf();
  const catalog = demoCatalog(schema, options.products, options.seed);

  const db = createDb();
  try {
    const written = await upsertProducts(
      db,
      catalog.map(({ labelVector, labels: _labels, ...product }) => ({
        ...product,
        labels: Array.from(labelVector),
      })),
    );
    console.log(
      `database (${db.target.kind}): ${written.created} created, ${written.updated} updated, ` +
        `${written.unchanged} unchanged`,
    );

    const index = createFlatIndex(schema.total, "ip");
    await index.add(normalizeRows(tf, catalog, schema.total));
    console.log(`index: faiss flat, ${index.size} vectors of ${index.dim} dims`);

    const reference = catalog[0];
    if (!reference) throw new Error("demo: the catalog is empty");
    const manipulation = demoManipulation(schema, reference);
    const target = applyManipulation(schema, reference.labels, manipulation);
    const query = queryVector(
      tf,
      reference.labelVector,
      manipulationIndicator(schema, manipulation),
    );

    // One more than asked, because the reference itself is not a result to show the shopper.
    const ranked = resultRow(await index.search(query, options.k + 1), 0);
    const hits = Array.from(ranked.ids, (position, rank) => ({
      id: catalog[position]?.id ?? "",
      score: ranked.distances[rank] ?? Number.NaN,
    }))
      .filter((hit) => hit.id !== reference.id)
      .slice(0, options.k);
    const products = new Map(
      (
        await listProductsByIds(
          db,
          hits.map((hit) => hit.id),
        )
      ).map((p) => [p.id, p]),
    );

    console.log(`\nreference ${reference.id}: ${reference.title} (${reference.description})`);
    console.log(`manipulation: ${JSON.stringify(manipulation)}`);
    console.log(`top ${options.k} (cosine score; blocks differing from the requested target):`);
    hits.forEach((hit, rank) => {
      const product = products.get(hit.id);
      if (!product) throw new Error(`demo: product ${hit.id} is in the index but not the database`);
      const differing = distance(schema, product.labels, target);
      console.log(
        `  ${rank + 1}. ${product.id}  ${product.title}  score ${hit.score.toFixed(3)}  differs ${differing}`,
      );
    });
  } finally {
    await db.close();
  }
}

/** Change the reference's colour to the next colour of the vocabulary. */
function demoManipulation(schema: AttributeSchema, reference: DemoProduct): Manipulation {
  const color = schema.attributes.find((a) => a.key === "color") ?? schema.attributes[0];
  if (!color) throw new Error("demo: the schema has no attributes");
  const current = reference.labels[color.key];
  const next = color.values[(color.values.indexOf(current ?? "") + 1) % color.values.length];
  return manipulationTo(schema, reference.labels, color.key, next ?? null);
}

function normalizeRows(tf: Tf, catalog: readonly DemoProduct[], dim: number): Float32Array {
  return tf.tidy(() => {
    const rows = tf.tensor2d(
      catalog.flatMap((p) => Array.from(p.labelVector)),
      [catalog.length, dim],
    );
    return tf.div(rows, tf.norm(rows, 2, 1, true)).dataSync() as Float32Array;
  });
}

/** `normalize(labels + indicator)`: the ADDE-M query with the identity as memory block. */
function queryVector(tf: Tf, labels: Float32Array, indicator: Float32Array): Float32Array {
  return tf.tidy(() => {
    const sum = tf.add(tf.tensor1d(labels), tf.tensor1d(indicator));
    return tf.div(sum, tf.norm(sum)).dataSync() as Float32Array;
  });
}

/** `atelier demo [--products N] [--seed S] [--k K]`. */
export const demo: Command = {
  name: "demo",
  summary: "catalog -> database -> index -> one manipulated query, end to end",
  async run(args) {
    const { values } = parseOptions("demo", args, {
      products: { type: "string", default: "2000" },
      seed: { type: "string", default: "42" },
      k: { type: "string", default: "5" },
    });
    await runDemo({
      products: positiveInt("products", values.products),
      seed: positiveInt("seed", values.seed),
      k: positiveInt("k", values.k),
    });
  },
};
