/**
 * A shopper as the benchmark plays one: startSession from a catalog product, then turns that
 * each change one attribute to another value the product's category allows (the real
 * vocabulary, as the parser would produce from "navy instead", "no collar", ...), each sent
 * as soon as the previous answer arrives (closed loop) or after a think time (paced).
 */
import { allowedValues, type Catalog } from "@atelier/catalog";
import type { Manipulation } from "@atelier/schema";

const TURN = "id kind products { id title score } latencyMs";
const START = `mutation ($input: StartSessionInput!) { startSession(input: $input) { __typename
  ... on StartSessionPayload { token session { id currentTurn { ${TURN} } } } ... on Failure { message } } }`;
const SEND = `mutation ($input: SendTurnInput!) { sendTurn(input: $input) { __typename
  ... on TurnPayload { turn { ${TURN} } } ... on Failure { message } } }`;

/** Attributes a shopper never changes in chat (they pick another product instead). */
const FIXED = new Set(["category", "gender"]);

type Json = Record<string, unknown>;

async function graphql(url: string, query: string, input: Json): Promise<Json> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables: { input } }),
  });
  const body = (await response.json()) as { data?: Json; errors?: unknown[] };
  if (body.errors !== undefined || body.data === undefined) {
    throw new Error(`GraphQL error: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  }
  return body.data;
}

/** The next manipulation of a shopper whose item now has `labels` (updated in place). */
export function nextManipulation(
  catalog: Catalog,
  labels: Record<string, string | null>,
  random: () => number,
): Manipulation {
  const category = labels.category ?? "";
  const choices = catalog.schema.attributes.flatMap((attribute) => {
    if (FIXED.has(attribute.key)) return [];
    const values = allowedValues(category, attribute.key, attribute.values).filter(
      (v) => v !== labels[attribute.key],
    );
    return values.length > 0 ? [{ key: attribute.key, values }] : [];
  });
  const pick = choices[Math.floor(random() * choices.length)];
  if (pick === undefined) throw new Error(`no attribute to change for a ${category}`);
  const current = labels[pick.key] ?? null;
  // One turn in six removes a value that is there ("no pockets"), the others change or add one.
  if (current !== null && random() < 1 / 6) {
    labels[pick.key] = null;
    return { attribute: pick.key, remove: current };
  }
  const add = pick.values[Math.floor(random() * pick.values.length)] as string;
  labels[pick.key] = add;
  return { attribute: pick.key, ...(current !== null && { remove: current }), add };
}

export interface ShopperOptions {
  readonly url: string;
  readonly catalog: Catalog;
  readonly turns: number;
  readonly k: number;
  readonly random: () => number;
  /** Think time before each turn in ms (0: closed loop). */
  readonly thinkMs?: () => number;
  /** Called after every answered turn. */
  readonly onTurn?: () => void;
}

/** What one session measured: the start's latency and every turn's, in ms. */
export interface ShopperTimes {
  readonly startMs: number;
  readonly turnMs: number[];
  /** Each turn's latencyMs as the server stored it (request start to ranking, before the write). */
  readonly serverMs: number[];
}

/**
 * Plays one session and returns its latencies (client side: request sent to answer parsed).
 *
 * @example
 * const times = await shop({ url, catalog, turns: 20, k: 20, random: seededRandom(1) });
 */
export async function shop(options: ShopperOptions): Promise<ShopperTimes> {
  const { url, catalog, random } = options;
  const position = Math.floor(random() * catalog.count);
  const labels = { ...catalog.labelsOf(position) };
  let began = performance.now();
  const started = (await graphql(url, START, {
    productId: catalog.product(position).id,
    k: options.k,
  })) as { startSession: { __typename: string; token?: string; message?: string } };
  const startMs = performance.now() - began;
  const { token } = started.startSession;
  if (token === undefined) throw new Error(`startSession failed: ${JSON.stringify(started)}`);
  const turnMs: number[] = [];
  const serverMs: number[] = [];
  for (let t = 0; t < options.turns; t++) {
    const think = options.thinkMs?.() ?? 0;
    if (think > 0) await new Promise((resolve) => setTimeout(resolve, think));
    const manipulation = nextManipulation(catalog, labels, random);
    began = performance.now();
    const sent = (await graphql(url, SEND, {
      token,
      manipulations: [manipulation],
      k: options.k,
    })) as { sendTurn: { __typename: string; turn?: { latencyMs: number } } };
    turnMs.push(performance.now() - began);
    if (sent.sendTurn.turn === undefined) {
      throw new Error(`sendTurn failed: ${JSON.stringify(sent).slice(0, 300)}`);
    }
    serverMs.push(sent.sendTurn.turn.latencyMs);
    options.onTurn?.();
  }
  return { startMs, turnMs, serverMs };
}
