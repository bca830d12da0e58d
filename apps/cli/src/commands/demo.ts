import { join } from "node:path";
import {
  type Catalog,
  catalogProductInputs,
  generateCatalog,
  seedProducts,
} from "@atelier/catalog";
import { listProductsByIds } from "@atelier/db";
import { createDb } from "@atelier/db/client";
import { createFlatIndex, resultRow } from "@atelier/index";
import { loadTf, type Tf } from "@atelier/ml";
import {
  disposeManipulatorState,
  l2Normalize,
  loadWeights,
  type Manipulator,
  readWeights,
} from "@atelier/models";
import type { AttributeSchema, Manipulation } from "@atelier/schema";
import {
  applyManipulation,
  distance,
  manipulationIndicator,
  manipulationTo,
  shopping100k,
} from "@atelier/schema";
import { type Command, parseOptions, positiveInt } from "../options.ts";
import { DEFAULT_MODELS_DIR, encodeCatalogWith } from "../training/encoder-features.ts";

export interface DemoOptions {
  products: number;
  seed: number;
  k: number;
}

/**
 * The smallest end-to-end path, on the default models: a procedural catalog goes into the
 * database, its images through the trained encoder into a faiss index; one manipulation of a
 * reference product goes through the MANN to a query vector, and the ranked products are read
 * back from the database.
 */
export async function runDemo(options: DemoOptions): Promise<void> {
  const schema = shopping100k;
  const tf = await loadTf();
  const catalog = generateCatalog({ schema, count: options.products, seed: options.seed });
  const db = createDb();
  const mann = await loadMann(tf, schema);
  try {
    const written = await seedProducts(db, catalogProductInputs(catalog));
    console.log(
      `database (${db.target.kind}): ${written.created} created, ${written.updated} updated, ` +
        `${written.unchanged} unchanged`,
    );
    const encoderDir = join(DEFAULT_MODELS_DIR, "encoder");
    const { features } = await encodeCatalogWith(tf, encoderDir, catalog);
    const index = createFlatIndex(features.vectorSize, "ip");
    await index.add(normalizeRows(tf, features.vectors, features.vectorSize));
    console.log(
      `index: faiss flat, ${index.size} vectors of ${index.dim} dims (encoder ${encoderDir})`,
    );

    const asked = demoQuery(catalog);
    const reference = catalog.product(asked.reference);
    const { manipulation } = asked;
    const target = applyManipulation(schema, reference.labels, manipulation);
    const at = reference.index * features.vectorSize;
    const referenceVector = features.vectors.subarray(at, at + features.vectorSize);
    const query = mannQuery(tf, mann, referenceVector, manipulationIndicator(schema, manipulation));

    // One more than asked, because the reference itself is not a result to show the shopper.
    const ranked = resultRow(await index.search(query, options.k + 1), 0);
    const hits = Array.from(ranked.ids, (position, rank) => ({
      id: catalog.product(position).id,
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
    console.log(`model: ${mann.kind} from ${join(DEFAULT_MODELS_DIR, "mann")}`);
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
    mann.dispose();
    await db.close();
  }
}

async function loadMann(tf: Tf, schema: AttributeSchema): Promise<Manipulator> {
  const { manifest, bytes } = await readWeights(join(DEFAULT_MODELS_DIR, "mann"));
  return loadWeights(tf, schema, manifest, bytes, { kind: "mann" });
}

/**
 * The demo's reference and its manipulation: the first product with another variant of the same
 * design in another colour (so the product asked for exists), and a change to that colour; when
 * no product has one, product 0 and the next colour of the vocabulary.
 */
function demoQuery(catalog: Catalog): { reference: number; manipulation: Manipulation } {
  const { schema } = catalog;
  const color = schema.attributes.find((a) => a.key === "color") ?? schema.attributes[0];
  if (!color) throw new Error("demo: the schema has no attributes");
  const to = (reference: number, value: string | null) => ({
    reference,
    manipulation: manipulationTo(schema, catalog.labelsOf(reference), color.key, value),
  });
  for (let r = 0; r < catalog.count; r++) {
    const mine = catalog.indicesOf(r);
    for (let i = 0; i < catalog.count; i++) {
      const other = catalog.indicesOf(i);
      const value = other[color.index] ?? -1;
      if (value < 0 || value === mine[color.index]) continue;
      if (other.every((v, a) => a === color.index || v === mine[a])) {
        return to(r, color.values[value] ?? null);
      }
    }
  }
  const current = catalog.labelsOf(0)[color.key];
  return to(
    0,
    color.values[(color.values.indexOf(current ?? "") + 1) % color.values.length] ?? null,
  );
}

function normalizeRows(tf: Tf, vectors: Float32Array, dim: number): Float32Array {
  const rows = tf.tidy(() => l2Normalize(tf, tf.tensor2d(vectors, [vectors.length / dim, dim])));
  const out = rows.dataSync() as Float32Array;
  rows.dispose();
  return out;
}

/** The MANN's query after one step from the reference's features. */
function mannQuery(
  tf: Tf,
  mann: Manipulator,
  reference: Float32Array,
  indicator: Float32Array,
): Float32Array {
  const vectors = tf.tensor2d(reference, [1, reference.length]);
  const indicators = tf.tensor2d(indicator, [1, indicator.length]);
  const state = mann.init(vectors);
  const next = mann.step(state, indicators);
  const query = mann.query(next);
  const out = query.dataSync() as Float32Array;
  for (const s of [state, next]) disposeManipulatorState(s);
  tf.dispose([vectors, indicators, query]);
  return out;
}

/** `atelier demo [--products N] [--seed S] [--k K]`. */
export const demo: Command = {
  name: "demo",
  summary: "procedural catalog -> database -> encoder -> index -> one MANN query, end to end",
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
