/** One attribute of the vocabulary: a block of `size` one-hot entries in every label vector. */
export interface Attribute {
  /** Stable identifier used in label records and manipulations, e.g. `sleevelen`. */
  readonly key: string;
  /** Human-readable name, e.g. `Sleeve length`. */
  readonly name: string;
  /** Per-attribute label file of the dataset (Shopping100k's `Attributes/<file>`), if any. */
  readonly file: string | undefined;
  /** Position of the attribute in the schema (= memory row in the MANN). */
  readonly index: number;
  /** First entry of this attribute's block in a label vector. */
  readonly offset: number;
  /** Number of values (= block length). */
  readonly size: number;
  /** Canonical spellings, in vector order. */
  readonly values: readonly string[];
}

/** A validated attribute vocabulary. Create with `loadAttributeSchema`. */
export interface AttributeSchema {
  readonly dataset: string;
  /** Label vector length: the sum of all attribute sizes. */
  readonly total: number;
  readonly attributes: readonly Attribute[];
}

/**
 * Readable labels of one item: every attribute key of the schema, mapped to its canonical value
 * spelling, or `null` when the attribute is missing / not applicable.
 */
export type Labels = Readonly<Record<string, string | null>>;

/**
 * Labels as callers write them: keys or names of attributes, any letter case; an omitted key or
 * `null`/`undefined` means missing.
 */
export type LabelInput = Readonly<Record<string, string | null | undefined>>;

/**
 * Labels as a vector: `total` entries of 0/1, at most one 1 per attribute block. Any numeric array
 * is accepted (ADDE's `labels_*.txt` rows, `Int32Array`, `Float32Array`).
 */
export type LabelVectorLike = ArrayLike<number>;

/**
 * A change of one attribute. `remove` is the current value, `add` the new one; only `add` sets a
 * missing attribute, only `remove` clears one ("no collar").
 */
export interface Manipulation {
  readonly attribute: string;
  readonly remove?: string;
  readonly add?: string;
}

/** What a manipulation does, derived from which of `remove`/`add` it has. */
export type ManipulationKind = "replace" | "add" | "remove";
