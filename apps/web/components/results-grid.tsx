"use client";
import type { Reaction, Reactions } from "../lib/storage.ts";
import type { Turn } from "../lib/turns.ts";
import { ProductCard } from "./product-card.tsx";

export interface ResultsGridProps {
  readonly turn: Turn;
  /** How many of the ranked products to show. */
  readonly visible: number;
  readonly onShowMore?: () => void;
  /** Label of the request in flight; the grid stays in place (no layout shift) while it runs. */
  readonly pending?: string | null;
  readonly reactions?: Reactions;
  readonly onReact?: (productId: string, reaction: Reaction) => void;
  readonly onUseAsReference?: (productId: string) => void;
}

/** The viewed turn's ranked products as cards, a page at a time. */
export function ResultsGrid(props: ResultsGridProps) {
  const { turn, visible, onShowMore, pending = null, reactions = {} } = props;
  const { onReact, onUseAsReference } = props;
  const shown = turn.products.slice(0, visible);
  return (
    <section aria-labelledby="results-heading" aria-busy={pending !== null}>
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h2 id="results-heading">Results</h2>
        <p className="notice" role="status" aria-live="polite">
          {pending ?? `${turn.products.length} products ranked`}
        </p>
      </div>
      {turn.products.length === 0 ? (
        <p>No products match. Try removing a change or undo.</p>
      ) : (
        <ol className="results-grid" data-testid="results" data-turn-id={turn.id}>
          {shown.map((ranked, index) =>
            ranked.product ? (
              <li key={ranked.id}>
                <ProductCard
                  product={ranked.product}
                  position={index + 1}
                  has={ranked.has}
                  lacks={ranked.lacks}
                  reactions={reactions[ranked.id] ?? []}
                  disabled={pending !== null}
                  {...(onReact ? { onReact: (r: Reaction) => onReact(ranked.id, r) } : {})}
                  {...(onUseAsReference
                    ? { onUseAsReference: () => onUseAsReference(ranked.id) }
                    : {})}
                />
              </li>
            ) : null,
          )}
        </ol>
      )}
      {onShowMore && visible < turn.products.length ? (
        <p>
          <button type="button" onClick={onShowMore}>
            Show more
          </button>
        </p>
      ) : null}
    </section>
  );
}
