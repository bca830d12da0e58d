"use client";
import { useEffect, useState } from "react";
import { type ProductCardFragment, ProductDocument } from "../lib/generated/graphql.ts";
import { request } from "../lib/graphql.ts";
import { formatPrice } from "../lib/price.ts";

/** The product the viewed turn's memory started from, small, above the results. */
export function ReferenceProduct({ productId }: { productId: string | null }) {
  const [product, setProduct] = useState<ProductCardFragment | null>(null);
  useEffect(() => {
    if (!productId) return;
    let live = true;
    request(ProductDocument, { id: productId }).then(
      (data) => live && setProduct(data.product ?? null),
      () => live && setProduct(null),
    );
    return () => {
      live = false;
    };
  }, [productId]);
  if (!productId) return null;
  return (
    <div className="row panel" data-testid="reference" data-product-id={productId}>
      {/* biome-ignore lint/performance/noImgElement: a fixed-size SVG thumbnail */}
      <img
        src={product?.imageUrl ?? `/images/${productId}.svg`}
        alt=""
        width={56}
        height={70}
        style={{ background: "var(--bg)", borderRadius: 4 }}
      />
      <div>
        <p className="muted" style={{ margin: 0 }}>
          Reference
        </p>
        <p style={{ margin: 0, fontWeight: 600 }}>{product?.title ?? productId}</p>
        {product ? (
          <p style={{ margin: 0 }}>{formatPrice(product.price, product.currency)}</p>
        ) : null}
      </div>
    </div>
  );
}
