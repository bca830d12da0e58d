import type { AttributeSchema } from "@atelier/schema";
import type { Catalog } from "../generate/catalog.ts";

/**
 * The items queries run against: value positions per item (`count x attributes`, row-major,
 * -1 = missing) in gallery order. ADDE's gallery is the whole test split, in `imgs_test.txt` order.
 */
export interface Gallery {
  readonly schema: AttributeSchema;
  readonly count: number;
  readonly rows: Int8Array;
}

/**
 * The test split of a catalog as a gallery (gallery position k = `catalog.test[k]`).
 *
 * @example
 * const gallery = testGallery(generateCatalog({ seed: 42 })); // 4,000 items
 */
export function testGallery(catalog: Catalog): Gallery {
  return splitGallery(catalog, catalog.test);
}

/**
 * The train split as a gallery (position k = `catalog.train[k]`), for training triplets.
 *
 * @example
 * manipulationTriplets(trainGallery(catalog));
 */
export function trainGallery(catalog: Catalog): Gallery {
  return splitGallery(catalog, catalog.train);
}

function splitGallery(catalog: Catalog, items: Int32Array): Gallery {
  const width = catalog.schema.attributes.length;
  const rows = new Int8Array(items.length * width);
  items.forEach((item, k) => {
    rows.set(catalog.indicesOf(item), k * width);
  });
  return { schema: catalog.schema, count: items.length, rows };
}

/**
 * A gallery from per-item value positions (e.g. rows of ADDE's `labels_test.txt` through
 * `valueIndices`), so real data gets the same query sets.
 *
 * @example
 * galleryFromIndices(shopping100k, labelRows.map((row) => valueIndices(shopping100k, row)));
 */
export function galleryFromIndices(
  schema: AttributeSchema,
  items: readonly ArrayLike<number>[],
): Gallery {
  const width = schema.attributes.length;
  const rows = new Int8Array(items.length * width);
  items.forEach((item, k) => {
    if (item.length !== width) {
      throw new RangeError(
        `gallery item ${k} has ${item.length} value positions, expected ${width}`,
      );
    }
    rows.set(Array.from(item), k * width);
  });
  return { schema, count: items.length, rows };
}

/** Row `k` of the gallery (a view). */
export function galleryRow(gallery: Gallery, k: number): Int8Array {
  const width = gallery.schema.attributes.length;
  return gallery.rows.subarray(k * width, (k + 1) * width);
}

/**
 * A string key of a row of value positions: equal keys exactly when all attribute blocks are
 * equal (missing included), the hit criterion of ADDE's top-k accuracy.
 */
export function labelKey(row: ArrayLike<number>): string {
  let key = "";
  for (let i = 0; i < row.length; i++) key += String.fromCharCode((row[i] ?? -1) + 2);
  return key;
}

/**
 * Gallery positions per label key, so "is there an item with these labels" is one lookup.
 *
 * @example
 * indexByLabels(gallery).get(labelKey(targetRow)); // [12, 873] or undefined
 */
export function indexByLabels(gallery: Gallery): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (let k = 0; k < gallery.count; k++) {
    const key = labelKey(galleryRow(gallery, k));
    const list = index.get(key);
    if (list === undefined) index.set(key, [k]);
    else list.push(k);
  }
  return index;
}
