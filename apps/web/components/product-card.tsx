import type { ProductCardFragment } from "../lib/generated/graphql.ts";
import type { Reaction } from "../lib/storage.ts";
import { formatPrice } from "../lib/turns.ts";

interface Value {
  readonly attribute: string;
  readonly value: string;
}

export interface ProductCardProps {
  readonly product: ProductCardFragment;
  /** 1-based position in the ranking ("use item 3 as reference"). */
  readonly position?: number;
  readonly has?: readonly Value[];
  readonly lacks?: readonly Value[];
  readonly reactions?: readonly Reaction[];
  /** Interactive when given. */
  readonly onReact?: (reaction: Reaction) => void;
  readonly onUseAsReference?: () => void;
  readonly disabled?: boolean;
}

const valueText = (v: Value) => (v.value === "none" ? `no ${v.attribute}` : v.value);

/** A product in a fixed-size box: image, title, price, why it matched and the shopper's actions. */
export function ProductCard(props: ProductCardProps) {
  const { product, position, has = [], lacks = [], reactions = [], disabled = false } = props;
  const { onReact, onUseAsReference } = props;
  const titleId = `product-${product.id}`;
  const name = position !== undefined ? `item ${position}, ${product.title}` : product.title;
  return (
    <article
      className="card"
      aria-labelledby={titleId}
      data-product-id={product.id}
      data-title={product.title}
    >
      {/* biome-ignore lint/performance/noImgElement: SVGs from the API, already sized; next/image adds JS for nothing here */}
      <img
        className="card-image"
        src={product.imageUrl}
        alt={product.title}
        width={200}
        height={180}
        decoding="async"
      />
      <h3 className="card-title" id={titleId}>
        {position !== undefined ? <span className="muted">{position}. </span> : null}
        {product.title}
      </h3>
      <p className="card-price">{formatPrice(product.price)}</p>
      {has.length + lacks.length > 0 ? (
        <p className="why" data-testid="why">
          {has.length > 0 ? (
            <span className="has">Has: {has.map(valueText).join(", ")}</span>
          ) : null}
          {has.length > 0 && lacks.length > 0 ? " · " : null}
          {lacks.length > 0 ? (
            <span className="lacks">Lacks: {lacks.map(valueText).join(", ")}</span>
          ) : null}
        </p>
      ) : null}
      {onReact ? (
        <div className="card-actions">
          <button
            type="button"
            aria-pressed={reactions.includes("like")}
            aria-label={`Like: ${name}`}
            disabled={disabled}
            onClick={() => onReact("like")}
          >
            Like
          </button>
          <button
            type="button"
            aria-pressed={reactions.includes("dislike")}
            aria-label={`Dislike: ${name}`}
            disabled={disabled}
            onClick={() => onReact("dislike")}
          >
            Dislike
          </button>
          <button
            type="button"
            aria-pressed={reactions.includes("cart")}
            aria-label={`${reactions.includes("cart") ? "In cart" : "Add to cart"}: ${name}`}
            disabled={disabled}
            onClick={() => onReact("cart")}
          >
            {reactions.includes("cart") ? "In cart" : "Add to cart"}
          </button>
          {onUseAsReference ? (
            <button
              type="button"
              disabled={disabled}
              aria-label={`Use as reference: ${name}`}
              onClick={onUseAsReference}
            >
              Use as reference
            </button>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
