// Prices as the shopper reads them, in the currency the API names for each product.

const formats = new Map<string, Intl.NumberFormat>();

/**
 * `price` in `currency` (an ISO 4217 code, Product.currency).
 *
 * @example
 * formatPrice(49.9, "EUR"); // "€49.90"
 */
export function formatPrice(price: number, currency: string): string {
  let format = formats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat("en-US", { style: "currency", currency });
    formats.set(currency, format);
  }
  return format.format(price);
}
