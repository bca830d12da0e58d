"use client";
import { type FormEvent, useState } from "react";
import type { Chat } from "../hooks/use-chat.ts";
import { useProducts } from "../hooks/use-products.ts";
import { formatPrice } from "../lib/price.ts";
import { LoadStatus } from "./load-status.tsx";
import { ProductImage } from "./product-image.tsx";

/** Start a session: describe it in words, or pick a product from the searchable grid. */
export function StartPanel({ chat }: { chat: Chat }) {
  const [text, setText] = useState("");
  const [search, setSearch] = useState("");
  const [reply, setReply] = useState<string | null>(null);
  const products = useProducts(search.trim());
  const busy = chat.pending !== null;

  const startFromText = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim() || busy) return;
    setReply(null);
    const outcome = await chat.start({ text: text.trim() });
    if (!outcome.ok) setReply(outcome.reply);
  };

  return (
    <div className="stack">
      <form onSubmit={startFromText} className="stack panel" aria-label="Start from a description">
        <label htmlFor="start-text">Describe what you are looking for</label>
        <div className="row">
          <input
            id="start-text"
            type="text"
            value={text}
            maxLength={500}
            placeholder="e.g. a black slim-fit jacket with a hood"
            style={{ flex: 1, minWidth: 0 }}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit" className="primary" disabled={busy || !text.trim()}>
            Start
          </button>
        </div>
        {reply ? (
          <p role="status" data-testid="assistant-reply">
            {reply}
          </p>
        ) : null}
      </form>

      <section aria-labelledby="catalog-heading" className="stack">
        <h2 id="catalog-heading">Or start from a product</h2>
        <label htmlFor="catalog-search">Search the catalog</label>
        <input
          id="catalog-search"
          type="search"
          value={search}
          placeholder="e.g. red dress"
          onChange={(event) => setSearch(event.target.value)}
        />
        <p className="notice" role="status" aria-live="polite">
          {products.loading
            ? "Loading products…"
            : products.total !== null
              ? `${products.total} products`
              : ""}
        </p>
        <LoadStatus error={products.error} onRetry={products.retry} testId="catalog-error" />
        <ul className="results-grid" data-testid="catalog">
          {products.products.map((product) => (
            <li key={product.id}>
              <article className="card" data-product-id={product.id}>
                <ProductImage product={product} lazy />
                <h3 className="card-title">{product.title}</h3>
                <p className="card-price">{formatPrice(product.price, product.currency)}</p>
                <button
                  type="button"
                  disabled={busy}
                  aria-label={`Start from this: ${product.title} (${product.id})`}
                  onClick={() => void chat.start({ productId: product.id, label: product.title })}
                >
                  Start from this
                </button>
              </article>
            </li>
          ))}
        </ul>
        {products.endCursor ? (
          <button type="button" onClick={products.more} disabled={products.loading}>
            More products
          </button>
        ) : null}
      </section>
    </div>
  );
}
