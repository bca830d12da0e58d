import { z } from "zod";

/** Label-vector length of Shopping100k (12 attributes, 151 values); pass another for other data. */
export const DEFAULT_LABEL_LENGTH = 151;

// PostgreSQL `integer` columns hold at most 2^31 - 1.
const INT4_MAX = 2_147_483_647;

/** A product as callers write it; omitted optional fields take the schema defaults. */
export interface ProductInput {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  /** Price in cents (minor units), a non-negative integer. */
  readonly priceCents: number;
  readonly stock?: number;
  /** The full 0/1 label vector, one entry per attribute value. */
  readonly labels: readonly number[];
  readonly imageSvg?: string | null;
}

/** A validated product with defaults filled in, ready to write. */
export interface ProductRow {
  id: string;
  title: string;
  description: string;
  priceCents: number;
  stock: number;
  labels: number[];
  imageSvg: string | null;
}

/** One problem with one field of one input product. */
export interface ProductIssue {
  /** Where, e.g. `products[3].labels`. */
  readonly path: string;
  readonly message: string;
}

/** Thrown before any write when some input product is invalid. */
export class ProductValidationError extends Error {
  override readonly name = "ProductValidationError";
  constructor(readonly issues: readonly ProductIssue[]) {
    const shown = issues.slice(0, 5).map((issue) => `${issue.path}: ${issue.message}`);
    const more = issues.length > shown.length ? `; and ${issues.length - shown.length} more` : "";
    super(`Invalid products, nothing was written: ${shown.join("; ")}${more}`);
  }
}

/** True when `error` is a {@link ProductValidationError}. */
export function isProductValidationError(error: unknown): error is ProductValidationError {
  return error instanceof ProductValidationError;
}

const count = (what: string) =>
  z
    .int({ error: `must be an integer ${what}` })
    .min(0, { error: `must not be negative` })
    .max(INT4_MAX, { error: `must be at most ${INT4_MAX}` });

function productSchema(labelLength: number) {
  return z.object({
    id: z.string({ error: "must be a string" }).min(1, { error: "must not be empty" }),
    title: z.string({ error: "must be a string" }).min(1, { error: "must not be empty" }),
    description: z.string({ error: "must be a string" }).default(""),
    priceCents: count("number of cents"),
    stock: count("count").default(0),
    labels: z
      .array(z.union([z.literal(0), z.literal(1)], { error: "must be 0 or 1" }), {
        error: "must be an array",
      })
      .superRefine((labels, ctx) => {
        if (labels.length !== labelLength) {
          ctx.addIssue({
            code: "custom",
            message: `expected ${labelLength} entries (one per attribute value), got ${labels.length}`,
          });
        }
      }),
    imageSvg: z.string({ error: "must be a string or null" }).nullable().default(null),
  });
}

const formatPath = (index: number, path: readonly PropertyKey[]) =>
  `products[${index}]${path.map((key) => (typeof key === "number" ? `[${key}]` : `.${String(key)}`)).join("")}`;

/**
 * Checks every product (fields, label-vector length, duplicate ids) and fills in defaults;
 * throws one {@link ProductValidationError} listing all problems.
 *
 * @example
 * validateProducts([{ id: "p1", title: "Shirt", priceCents: 1999, labels }]);
 * // [{ id: "p1", title: "Shirt", description: "", priceCents: 1999, stock: 0, labels, imageSvg: null }]
 */
export function validateProducts(
  products: readonly ProductInput[],
  labelLength: number = DEFAULT_LABEL_LENGTH,
): ProductRow[] {
  const schema = productSchema(labelLength);
  const issues: ProductIssue[] = [];
  const rows: ProductRow[] = [];
  const firstIndexById = new Map<string, number>();
  products.forEach((product, index) => {
    const result = schema.safeParse(product);
    if (!result.success) {
      for (const issue of result.error.issues) {
        issues.push({ path: formatPath(index, issue.path), message: issue.message });
      }
      return;
    }
    const first = firstIndexById.get(result.data.id);
    if (first !== undefined) {
      // Two versions of one id in one call would make the stored row depend on batch order.
      issues.push({
        path: formatPath(index, ["id"]),
        message: `duplicate id "${result.data.id}" (also products[${first}])`,
      });
      return;
    }
    firstIndexById.set(result.data.id, index);
    rows.push(result.data);
  });
  if (issues.length > 0) throw new ProductValidationError(issues);
  return rows;
}
