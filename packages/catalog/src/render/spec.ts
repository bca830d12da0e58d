/**
 * Labels in, the drawable garment out: validates the labels against the vocabulary (unknown
 * attributes and values throw `SchemaError`) and drops what does not apply to the category, so
 * that every drawing module can trust what it is given.
 */
import { type LabelInput, normalizeLabels, shopping100k } from "@atelier/schema";
import { allowedValues, type CATEGORIES } from "../structure/applicability.ts";

/** Category value as spelled in Shopping100k. */
export type Category = (typeof CATEGORIES)[number];

/** What the renderer draws: one value or null per attribute, each applicable to the category. */
export interface GarmentSpec {
  readonly category: Category | null;
  readonly collar: string | null;
  readonly color: string | null;
  readonly fabric: string | null;
  readonly fastening: string | null;
  readonly fit: string | null;
  readonly gender: string | null;
  readonly neckline: string | null;
  readonly pattern: string | null;
  readonly pocket: string | null;
  readonly sleevelen: string | null;
  readonly sport: string | null;
}

/** Category rules used when the category itself is missing: the generic top is a T-shirt. */
const GENERIC_CATEGORY = "T-shirt";

/**
 * The drawable spec of `labels`. Values that do not apply to the category (a collar on
 * trousers, bootcut on a shirt) are dropped, as the catalog generator would never emit them.
 *
 * @example
 * garmentSpec({ category: "Trouser", collar: "Kent" }).collar; // null
 */
export function garmentSpec(labels: LabelInput): GarmentSpec {
  const normal = normalizeLabels(shopping100k, labels);
  const category = (normal.category ?? null) as Category | null;
  const rules = category ?? GENERIC_CATEGORY;
  const keep = (key: string): string | null => {
    const value = normal[key] ?? null;
    if (value === null) return null;
    return allowedValues(rules, key, [value]).length > 0 ? value : null;
  };
  return {
    category,
    collar: keep("collar"),
    color: keep("color"),
    fabric: keep("fabric"),
    fastening: keep("fastening"),
    fit: keep("fit"),
    gender: keep("gender"),
    neckline: keep("neckline"),
    pattern: keep("pattern"),
    pocket: keep("pocket"),
    sleevelen: keep("sleevelen"),
    sport: keep("sport"),
  };
}
