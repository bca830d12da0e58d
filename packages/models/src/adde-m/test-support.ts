// Shared by the ADDE-M and manipulator *.test.ts files only; not exported from the package.
import type { Tf } from "@atelier/ml";
import { type Random, seededRandom, uniformArray } from "@atelier/random";
import type { AttributeSchema } from "@atelier/schema";
import type { Tensor2D } from "@tensorflow/tfjs";
import type { AddeMBatch } from "./batch.ts";
import { type AddeM, createAddeM } from "./memory.ts";

/**
 * A toy encoder: each value has a random unit direction in its attribute's chunk, and an
 * item's feature is the sum of its values' directions plus a little noise, so ADDE-M's
 * prototypes can be learnt exactly.
 */
export interface ToyEncoder {
  schema: AttributeSchema;
  dim: number;
  /** Value index per attribute (-1 missing) -> feature [K] and label vector [total]. */
  encode(values: Int32Array): { feature: Float32Array; label: Float32Array };
  /** Random value indices, one per attribute; missing one time in ten. */
  randomValues(): Int32Array;
}

export function toyEncoder(schema: AttributeSchema, dim: number, random: Random): ToyEncoder {
  const directions = schema.attributes.map((a) =>
    a.values.map(() => {
      const d = uniformArray(random, dim, -1, 1);
      const norm = Math.hypot(...d);
      return d.map((x) => x / norm);
    }),
  );
  const encode = (values: Int32Array) => {
    const feature = uniformArray(random, schema.attributes.length * dim, -0.02, 0.02);
    const label = new Float32Array(schema.total);
    for (const a of schema.attributes) {
      const v = values[a.index] ?? -1;
      if (v < 0) continue;
      label[a.offset + v] = 1;
      const d = directions[a.index]?.[v] ?? [];
      for (let i = 0; i < dim; i++) {
        const at = a.index * dim + i;
        feature[at] = (feature[at] ?? 0) + (d[i] ?? 0);
      }
    }
    return { feature, label };
  };
  const randomValues = () =>
    Int32Array.from(schema.attributes, (a) =>
      random() < 0.1 ? -1 : Math.floor(random() * a.size),
    );
  return { schema, dim, encode, randomValues };
}

/** Rows of equal length -> a tensor [rows, length]. */
export function rowsTensor(tf: Tf, rows: readonly Float32Array[]): Tensor2D {
  const width = rows[0]?.length ?? 0;
  const out = new Float32Array(rows.length * width);
  for (const [i, r] of rows.entries()) out.set(r, i * width);
  return tf.tensor2d(out, [rows.length, width]);
}

/** `count` items of `encoder`: features [count, K], labels [count, total]. */
export function toyItems(tf: Tf, encoder: ToyEncoder, count: number) {
  const items = Array.from({ length: count }, () => encoder.encode(encoder.randomValues()));
  const stack = (field: "feature" | "label") =>
    rowsTensor(
      tf,
      items.map((i) => i[field]),
    );
  return { features: stack("feature"), labels: stack("label") };
}

type Encoded = ReturnType<ToyEncoder["encode"]>;

/** One item with random values, and one with a random attribute set to another value. */
function toyPair(encoder: ToyEncoder, random: Random): [Encoded, Encoded] {
  const values = encoder.randomValues();
  const a = Math.floor(random() * values.length);
  const size = encoder.schema.attributes[a]?.size ?? 1;
  const changed = values.slice();
  // From -1 (missing) this adds a value; otherwise it moves to one of the size - 1 others.
  changed[a] = ((values[a] ?? -1) + 1 + Math.floor(random() * (size - 1))) % size;
  return [encoder.encode(values), encoder.encode(changed)];
}

/** `count` one-attribute manipulations of random items to a new value, with their labels. */
export function toyBatch(tf: Tf, encoder: ToyEncoder, random: Random, count: number): AddeMBatch {
  const pairs = Array.from({ length: count }, () => toyPair(encoder, random));
  const stack = (side: 0 | 1, field: keyof Encoded) =>
    rowsTensor(
      tf,
      pairs.map((p) => p[side][field]),
    );
  const indicators = pairs.map(([ref, target]) =>
    target.label.map((t, i) => t - (ref.label[i] ?? 0)),
  );
  return {
    references: stack(0, "feature"),
    indicators: rowsTensor(tf, indicators),
    targets: stack(1, "feature"),
    labels: { references: stack(0, "label"), targets: stack(1, "label") },
  };
}

/** A memory block initialised from `count` items of a toy encoder drawn from `seed`. */
export function toyBlock(
  tf: Tf,
  schema: AttributeSchema,
  dim: number,
  seed: number,
  count = 40,
): AddeM {
  const block = createAddeM(tf, schema, { dim });
  const items = toyItems(tf, toyEncoder(schema, dim, seededRandom(seed)), count);
  block.initPrototypes(items.features, items.labels);
  for (const t of [items.features, items.labels]) t.dispose();
  return block;
}
