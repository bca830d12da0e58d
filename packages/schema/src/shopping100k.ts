// A JSON import (not a file read) so it works the same under tsx, vitest, node and bundlers.
import file from "../data/shopping100k-attributes.json" with { type: "json" };
import { loadAttributeSchema } from "./load.ts";
import type { AttributeSchema } from "./types.ts";

/**
 * Shopping100k's vocabulary in ADDE's order and spellings (12 attributes, 151 values; typos such
 * as "Tailered" and "Skii" are the dataset's own).
 *
 * @example
 * shopping100k.total; // 151
 */
export const shopping100k: AttributeSchema = loadAttributeSchema(file);
