import type { AttributeSchema } from "@atelier/schema";
import { DatasetError } from "../errors.ts";
import { readLines, writeLines } from "../files.ts";
import { parseIntegers } from "../int-rows.ts";

/**
 * Writes `attr_num.txt`, the number of values of each attribute, one per line, which ADDE's code
 * reads to cut label vectors into attribute blocks (Shopping100k: 16, 17, 19, ..., 15).
 *
 * @example
 * await writeAttrNum("out/attr_num.txt", shopping100k);
 */
export async function writeAttrNum(file: string, schema: AttributeSchema): Promise<void> {
  await writeLines(file, attrNumLines(schema));
}

/** The lines of `attr_num.txt` for `schema`. */
export function attrNumLines(schema: AttributeSchema): string[] {
  return schema.attributes.map((attribute) => String(attribute.size));
}

/**
 * Reads `attr_num.txt` and checks it against `schema`: the split files were made for that
 * vocabulary exactly when the block sizes agree.
 *
 * @example
 * await readAttrNum("splits/Shopping100k/attr_num.txt", shopping100k); // [16, 17, 19, ...]
 */
export async function readAttrNum(file: string, schema: AttributeSchema): Promise<number[]> {
  const sizes: number[] = [];
  for await (const { text, line } of readLines(file)) {
    const at = { file, line };
    const values = parseIntegers(text, at);
    if (values.length !== 1) {
      throw new DatasetError(
        "wrong_entry_count",
        `line has ${values.length} entries, expected 1 (a value count)`,
        at,
      );
    }
    const size = values[0] as number;
    const attribute = schema.attributes[sizes.length];
    if (attribute === undefined) {
      throw new DatasetError(
        "count_mismatch",
        `more lines than the ${schema.attributes.length} attributes of ${schema.dataset}`,
        at,
      );
    }
    if (size !== attribute.size) {
      throw new DatasetError(
        "invalid_value",
        `attribute ${sizes.length + 1} ("${attribute.key}") has ${size} values here, ${attribute.size} in ${schema.dataset}'s schema`,
        at,
      );
    }
    sizes.push(size);
  }
  if (sizes.length !== schema.attributes.length) {
    throw new DatasetError(
      "count_mismatch",
      `${sizes.length} lines, expected ${schema.attributes.length} (one per attribute of ${schema.dataset})`,
      { file },
    );
  }
  return sizes;
}
