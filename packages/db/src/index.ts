// @atelier/db: types and named query functions. No side effects on import: connections are
// opened by createDb from @atelier/db/client. Only this package imports Prisma.
export type { DatabaseTarget } from "./database-url.ts";
export {
  ACCEPTED_DATABASE_URLS,
  DatabaseUrlError,
  isDatabaseUrlError,
} from "./database-url.ts";
export type { Db } from "./db.ts";
export type { ProductInput, ProductIssue } from "./product-input.ts";
export {
  DEFAULT_LABEL_LENGTH,
  isProductValidationError,
  ProductValidationError,
  validateProducts,
} from "./product-input.ts";
export type {
  Product,
  ProductCursor,
  UpsertProductsOptions,
  UpsertProductsResult,
} from "./products.ts";
export {
  countProducts,
  getProductById,
  listProducts,
  listProductsByIds,
  upsertProducts,
} from "./products.ts";
