import type { AttributeSchema } from "@atelier/schema";
import { DatasetError, type FileLocation } from "../errors.ts";
import type { RowSpec } from "../int-rows.ts";

/**
 * A label vector line (`labels_*.txt`, `gt_test.txt`): `schema.total` entries of 0/1, at most one
 * 1 per attribute block (an all-zero block is a missing attribute). ADDE's own reader asserts the
 * same one-hot rule when it turns a row into per-attribute classes.
 */
export function labelSpec(schema: AttributeSchema): RowSpec {
  return {
    what: "label vector",
    width: schema.total,
    check: (values, at) => checkBlocks(schema, values, at, false),
  };
}

/**
 * An indicator line (`indfull_test.txt`, `triplet_train_ind.txt`): `schema.total` entries of
 * -1/0/1; per attribute block at most one +1 (the new value) and one -1 (the old value).
 */
export function indicatorSpec(schema: AttributeSchema): RowSpec {
  return {
    what: "indicator vector",
    width: schema.total,
    check: (values, at) => checkBlocks(schema, values, at, true),
  };
}

/**
 * A line of item indices, one per name in `names`, each in [0, limit) when the item count is known
 * (the lines of the `imgs_*.txt` they point into); without it only non-negative int32 is checked.
 */
export function indexSpec(
  what: string,
  names: readonly string[],
  limit: number | undefined,
  into: string,
): RowSpec {
  const top = limit ?? 2 ** 31;
  return {
    what,
    width: names.length,
    check: (values, at) => {
      for (let j = 0; j < values.length; j++) {
        const value = values[j] as number;
        if (value >= 0 && value < top) continue;
        const range = limit === undefined ? "must be >= 0" : `must be in 0..${limit - 1}`;
        throw new DatasetError(
          "index_out_of_range",
          `${names[j]} index ${value} ${range} (${into})`,
          at,
        );
      }
    },
  };
}

function checkBlocks(
  schema: AttributeSchema,
  values: ArrayLike<number>,
  at: FileLocation,
  signed: boolean,
): void {
  const allowed = signed ? "-1, 0 or 1" : "0 or 1";
  for (const attribute of schema.attributes) {
    let plus = -1;
    let minus = -1;
    for (let j = 0; j < attribute.size; j++) {
      const index = attribute.offset + j;
      const value = values[index] as number;
      if (value === 0) continue;
      const name = `entry ${index + 1} (attribute "${attribute.key}", value "${attribute.values[j]}")`;
      if (value !== 1 && !(signed && value === -1)) {
        throw new DatasetError(
          "invalid_value",
          `${name} is ${value}; ${signed ? "indicator" : "label"} entries must be ${allowed}`,
          at,
        );
      }
      const first = value === 1 ? plus : minus;
      if (first >= 0) {
        throw new DatasetError(
          "multiple_values",
          `attribute "${attribute.key}" has ${value} at two entries, ${attribute.offset + first + 1} ("${attribute.values[first]}") and ${index + 1} ("${attribute.values[j]}")`,
          at,
        );
      }
      if (value === 1) plus = j;
      else minus = j;
    }
  }
}
