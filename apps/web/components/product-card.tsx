import type { ProductCardFragment } from "../lib/generated/graphql.ts";
import { formatPrice } from "../lib/price.ts";
import type { Reaction } from "../lib/storage.ts";
import { ProductImage } from "./product-image.tsx";

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

/** The reaction buttons in order, each with its label (pressed or not). */
const REACTIONS: readonly { reaction: Reaction; label: (pressed: boolean) => string }[] = [
  { reaction: "like", label: () => "Like" },
  { reaction: "dislike", label: () => "Dislike" },
  { reaction: "cart", label: (pressed) => (pressed ? "In cart" : "Add to cart") },
];

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
      <ProductImage product={product} />
      <h3 className="card-title" id={titleId}>
        {position !== undefined ? <span className="muted">{position}. </span> : null}
        {product.title}
      </h3>
      <p className="card-price">{formatPrice(product.price, product.currency)}</p>
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
          {REACTIONS.map(({ reaction, label }) => {
            const text = label(reactions.includes(reaction));
            return (
              <button
                key={reaction}
                type="button"
                aria-pressed={reactions.includes(reaction)}
                aria-label={`${text}: ${name}`}
                disabled={disabled}
                onClick={() => onReact(reaction)}
              >
                {text}
              </button>
            );
          })}
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
