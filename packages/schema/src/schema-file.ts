import { z } from "zod";
import { normalizeName } from "./suggest.ts";

// Lookups trim and ignore case, so a padded spelling would silently alias another one.
const trimmedName = z
  .string()
  .min(1)
  .refine((s) => s === s.trim(), "must not start or end with spaces");

const attributeEntry = z.object({
  key: trimmedName,
  name: trimmedName,
  file: z.string().min(1).optional(),
  offset: z.number().int().min(0),
  values: z.array(trimmedName).min(1),
});

type AttributeEntry = z.infer<typeof attributeEntry>;

/**
 * The attribute file format (`data/shopping100k-attributes.json`): attributes in vector order,
 * each block starting where the previous one ends, `total` = number of values in all.
 */
export const attributeSchemaFile = z
  .object({
    dataset: z.string().min(1),
    note: z.string().optional(),
    total: z.number().int().positive(),
    attributes: z.array(attributeEntry).min(1),
  })
  .superRefine((file, ctx) => {
    let expected = 0;
    file.attributes.forEach((attribute, i) => {
      if (attribute.offset !== expected) {
        const previous = file.attributes[i - 1];
        const why = previous
          ? `"${previous.key}" starts at ${previous.offset} and has ${previous.values.length} values`
          : "the first attribute starts the vector";
        ctx.addIssue({
          code: "custom",
          path: ["attributes", i, "offset"],
          message: `offset is ${attribute.offset}, expected ${expected} (${why})`,
        });
      }
      expected += attribute.values.length;
    });
    if (file.total !== expected) {
      ctx.addIssue({
        code: "custom",
        path: ["total"],
        message: `total is ${file.total}, but the attributes have ${expected} values in all`,
      });
    }
    checkNamesUnique(file.attributes, ctx);
    file.attributes.forEach((attribute, i) => {
      checkValuesUnique(attribute, i, ctx);
    });
  });

export type AttributeSchemaFile = z.infer<typeof attributeSchemaFile>;

type Ctx = z.core.$RefinementCtx<AttributeSchemaFile>;

// Labels and manipulations may name an attribute by key or by name, so all of them must be
// distinct across attributes (one attribute may use the same word for both).
function checkNamesUnique(attributes: readonly AttributeEntry[], ctx: Ctx): void {
  const owner = new Map<string, number>();
  attributes.forEach((attribute, i) => {
    for (const field of ["key", "name"] as const) {
      const spelled = attribute[field];
      const first = owner.get(normalizeName(spelled));
      if (first !== undefined && first !== i) {
        ctx.addIssue({
          code: "custom",
          path: ["attributes", i, field],
          message: `${field} "${spelled}" is already the key or name of attributes[${first}] ("${attributes[first]?.key}")`,
        });
      } else owner.set(normalizeName(spelled), i);
    }
  });
}

function checkValuesUnique(attribute: AttributeEntry, i: number, ctx: Ctx): void {
  const seen = new Map<string, number>();
  attribute.values.forEach((value, j) => {
    const first = seen.get(normalizeName(value));
    if (first !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["attributes", i, "values", j],
        message: `value "${value}" repeats values[${first}] ("${attribute.values[first]}"; names ignore case)`,
      });
    } else seen.set(normalizeName(value), j);
  });
}
