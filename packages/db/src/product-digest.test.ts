import { describe, expect, it } from "vitest";
import { productsDigest, storedProductsDigest } from "./product-digest.ts";
import type { ProductInput } from "./product-input.ts";
import { upsertProducts } from "./products.ts";
import { testBackends, useTestDatabase } from "./test-backends.ts";

const product = (i: number, title = `Product ${i}`): ProductInput => ({
  id: `s7-${String(i).padStart(6, "0")}`,
  title,
  description: i % 2 ? "Soft cotton, ünïcode too" : "",
  priceCents: 1000 + i,
  stock: i % 3,
  labels: Array.from({ length: 151 }, (_, v) => (v === i % 151 ? 1 : 0)),
});

describe.each(testBackends("digest"))("product digests on $name", (backend) => {
  const products = Array.from({ length: 25 }, (_, i) => product(i));
  const db = useTestDatabase(backend, async (d) => {
    await upsertProducts(d, products);
    await upsertProducts(d, [{ ...product(900), id: "zz-outside" }]);
  });
  const range = { fromId: "s7-000000", toId: "s7-000024" };

  it("matches the stored rows of a catalog in SQL and in JS, in any input order", async () => {
    const stored = await storedProductsDigest(db(), range);
    expect(stored).toEqual(productsDigest([...products].reverse()));
    expect(stored.count).toBe(25);
  });

  it("differs when one product changes, and counts only the range", async () => {
    const changed = products.map((p, i) => (i === 12 ? product(12, "Renamed") : p));
    expect(productsDigest(changed).digest).not.toBe(
      (await storedProductsDigest(db(), range)).digest,
    );
    expect(await storedProductsDigest(db(), { fromId: "s7-000000", toId: "s7-000009" })).toEqual(
      productsDigest(products.slice(0, 10)),
    );
    expect(await storedProductsDigest(db(), { fromId: "x", toId: "y" })).toEqual(
      productsDigest([]),
    );
  });
});
