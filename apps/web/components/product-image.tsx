import type { ProductCardFragment } from "../lib/generated/graphql.ts";

export interface ProductImageProps {
  readonly product: Pick<ProductCardFragment, "imageUrl" | "title">;
  /** Below the fold (the start grid): load it when it nears the viewport. */
  readonly lazy?: boolean;
}

/** A product's picture in the card's fixed-size box (no layout shift while it loads). */
export function ProductImage({ product, lazy = false }: ProductImageProps) {
  return (
    // biome-ignore lint/performance/noImgElement: SVGs from the API, already sized; next/image adds JS for nothing here
    <img
      className="card-image"
      src={product.imageUrl}
      alt={product.title}
      width={200}
      height={180}
      decoding="async"
      {...(lazy ? { loading: "lazy" as const } : {})}
    />
  );
}
