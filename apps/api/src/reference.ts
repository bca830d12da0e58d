/**
 * Which catalog product a session starts from when the shopper gives attribute values, and the
 * turns' reference products (stored as `{ reference: productId }` among a turn's manipulations).
 */
import type { TurnRecord } from "@atelier/db";
import type { Labels, Manipulation } from "@atelier/schema";
import type { Runtime } from "./runtime.ts";

/** The value a requested attribute has when the shopper asked to remove it ("no collar"). */
export const NO_VALUE = "none";

/**
 * Whether `labels` hold a requested value (NO_VALUE: the attribute is missing).
 *
 * @example
 * holds({ collar: null }, { attribute: "collar", value: NO_VALUE }); // true
 */
export function holds(
  labels: Readonly<Record<string, string | null | undefined>>,
  want: AttributeValue,
): boolean {
  return (labels[want.attribute] ?? NO_VALUE) === want.value;
}

/**
 * The values asked for once `manipulations` apply after `requested`: the latest per attribute
 * (NO_VALUE for a removal), in the order attributes were first asked for.
 *
 * @example
 * withChanges([], [{ attribute: "color", remove: "Red", add: "Navy" }]); // [{ attribute: "color", value: "Navy" }]
 */
export function withChanges(
  requested: readonly AttributeValue[],
  manipulations: readonly Manipulation[],
): AttributeValue[] {
  const latest = new Map(requested.map((r) => [r.attribute, r.value]));
  for (const m of manipulations) latest.set(m.attribute, m.add ?? NO_VALUE);
  return [...latest].map(([attribute, value]) => ({ attribute, value }));
}

/** An attribute value a session starts from. */
export interface AttributeValue {
  readonly attribute: string;
  readonly value: string;
}

/**
 * The served product whose labels agree with the most of `wanted` (ties: the first in the
 * catalog), and the manipulations that turn its labels into the wanted ones. Exact nearest
 * neighbours of a label set do not exist before a first model step, so the best label match is
 * the reference and the values it lacks are applied as the start turn's manipulations.
 *
 * @example
 * bestMatch(runtime, [{ attribute: "color", value: "Navy" }]); // { position: 17, manipulations: [] }
 */
export function bestMatch(
  runtime: Runtime,
  wanted: readonly AttributeValue[],
): { position: number; manipulations: Manipulation[] } {
  let best = 0;
  let bestScore = -1;
  for (let p = 0; p < runtime.productCount; p++) {
    const labels = runtime.labelsOf(p);
    const score = wanted.filter((w) => labels[w.attribute] === w.value).length;
    if (score > bestScore) {
      best = p;
      bestScore = score;
      if (score === wanted.length) break;
    }
  }
  const labels: Labels = runtime.labelsOf(best);
  const manipulations = wanted
    .filter((w) => labels[w.attribute] !== w.value)
    .map(({ attribute, value }) => {
      const old = labels[attribute];
      return { attribute, ...(old != null && { remove: old }), add: value };
    });
  return { position: best, manipulations };
}

/** The product a start or reference turn started from, if it stored one. */
export function referenceOf(turn: TurnRecord): string | undefined {
  if (!Array.isArray(turn.manipulations)) return undefined;
  for (const entry of turn.manipulations) {
    if (entry && typeof entry === "object" && !Array.isArray(entry)) {
      const reference = (entry as Record<string, unknown>).reference;
      if (typeof reference === "string") return reference;
    }
  }
  return undefined;
}

/** The manipulations stored with a turn (its `{ reference }` entry left out). */
export function manipulationsOf(turn: TurnRecord): Manipulation[] {
  if (!Array.isArray(turn.manipulations)) return [];
  return turn.manipulations.filter(
    (m): m is Manipulation & TurnRecord["manipulations"] =>
      !!m && typeof m === "object" && typeof (m as { attribute?: unknown }).attribute === "string",
  ) as unknown as Manipulation[];
}

/** The turns from the root to `turnId`, given all of a session's turns; [] when it is absent. */
export function pathTo(turns: readonly TurnRecord[], turnId: string): TurnRecord[] {
  const byId = new Map(turns.map((t) => [t.id, t]));
  const path: TurnRecord[] = [];
  for (let t = byId.get(turnId); t; t = t.parentId ? byId.get(t.parentId) : undefined) {
    path.unshift(t);
    if (path.length > turns.length) break;
  }
  return path;
}
