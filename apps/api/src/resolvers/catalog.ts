import type { Resolvers } from "../generated/graphql.ts";

/** The procedural catalog's prices are euros (its generator draws them in cents). */
export const CATALOG_CURRENCY = "EUR";

/** The served catalog: open to everyone, like the shop's own pages. */
export const catalogResolvers: Resolvers = {
  Query: {
    products: (_, query, { catalog }) => catalog.products(query),
    product: (_, { id }, { catalog }) => catalog.product(id),
    vocabulary: (_, __, { catalog }) => catalog.vocabulary(),
  },
  Product: {
    price: (product) => product.priceCents / 100,
    currency: () => CATALOG_CURRENCY,
    category: (product, _, { catalog }) => catalog.labelsOf(product).category ?? "",
    gender: (product, _, { catalog }) => catalog.labelsOf(product).gender ?? null,
    inStock: (product) => product.stock > 0,
    attributes: (product, _, { catalog }) =>
      Object.entries(catalog.labelsOf(product)).flatMap(([attribute, value]) =>
        value == null ? [] : [{ attribute, value }],
      ),
    imageUrl: (product) => `/images/${encodeURIComponent(product.id)}.svg`,
  },
  RankedProduct: {
    product: (ranked, _, { catalog }) => catalog.product(ranked.id),
  },
  Attribute: {
    name: (attribute) => attribute.key,
    label: (attribute) => attribute.name,
    values: (attribute) => attribute.values,
  },
};
