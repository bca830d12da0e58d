import { checkK, wholeRows } from "./checks.ts";
import { EvaluationError } from "./errors.ts";

/**
 * Attribute value positions per item, row-major `[count, attributes]`; -1 = the attribute is
 * missing (an all-zero block in ADDE's one-hot label vector). A catalog `Gallery` gives one as
 * `{ rows: gallery.rows, attributes: gallery.schema.attributes.length }`.
 */
export interface LabelRows {
  readonly rows: Int8Array;
  readonly attributes: number;
}

/**
 * The number of rows in `labels`, after checking that `rows` is an Int8Array of whole rows of
 * `attributes` values. `name` says which argument in messages ("gallery", "targets").
 */
export function labelCount({ rows, attributes }: LabelRows, name: string): number {
  checkK(attributes, `${name}.attributes`);
  if (!(rows instanceof Int8Array)) {
    throw new EvaluationError("invalid_argument", `${name}.rows must be an Int8Array`);
  }
  const unit = `${attributes} attributes`;
  return wholeRows(rows.length, attributes, "label_width_mismatch", `${name}.rows`, unit);
}
