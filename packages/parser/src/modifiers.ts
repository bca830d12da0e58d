// Words that change how the next or previous item reads: a trailing "off", comparatives ("more
// fitted", "not as dark") and replacement verbs ("change black to white").
import type { Labels } from "@atelier/schema";
import { chooseValue, piece } from "./choose.ts";
import type { Intent } from "./interpret.ts";
import { poleOf } from "./scale.ts";
import type { Item } from "./segment.ts";

/**
 * How many items after `i` a postfix negator stands ("hood off": 1, "zip pockets off": 2), or 0
 * when the item at `i` is not negated that way.
 */
export function postNegated(items: readonly Item[], i: number): number {
  const item = items[i];
  if (item?.kind === "attribute" && items[i + 1]?.kind === "postNegator") return 1;
  if (item?.kind !== "values") return 0;
  if (items[i + 1]?.kind === "postNegator") return 1;
  return items[i + 1]?.kind === "attribute" && items[i + 2]?.kind === "postNegator" ? 2 : 0;
}

/**
 * Adds the intent of a comparative and what it qualifies ("not as dark", "more fitted", "less
 * floral"); returns how many items it used. A comparative before nothing it can qualify is
 * dropped ("a bit more formal").
 */
export function compare(
  comparative: Extract<Item, { kind: "comparative" }>,
  target: Item | undefined,
  after: Item | undefined,
  labels: Labels | undefined,
  intents: Intent[],
): number {
  if (target?.kind === "base") {
    const step = comparative.step === target.step ? 1 : -1;
    intents.push({
      ...piece(comparative),
      end: target.end,
      type: "step",
      attribute: target.attribute,
      step,
    });
    return 2;
  }
  if (target?.kind !== "values") return 1;
  const head = after?.kind === "attribute" ? after.attribute : undefined;
  const value = chooseValue(target.candidates, target.key, undefined, head, labels);
  const takesHead = head === value.attribute;
  const base = { ...piece(comparative), end: takesHead && after ? after.end : target.end };
  if (poleOf(value.attribute, value.value) !== undefined) {
    intents.push({ ...base, type: "toward", ...value, step: comparative.step });
  } else {
    // No scale to move along: "more red" asks for red, "less floral" for anything but.
    intents.push({ ...base, type: comparative.step > 0 ? "set" : "unset", ...value });
  }
  return takesHead ? 3 : 2;
}

/**
 * "change black to white", "swap the red for green": the value after the verb is removed when a
 * later value of the same attribute replaces it. Returns how many items it used.
 */
export function replaced(
  items: readonly Item[],
  i: number,
  labels: Labels | undefined,
  intents: Intent[],
): number {
  const verb = items[i] as Item;
  const old = items[i + 1];
  if (old?.kind !== "values") return 1;
  const later = items
    .slice(i + 2)
    .flatMap((it) => (it.kind === "values" ? it.candidates : []))
    .map((c) => c.attribute);
  const shared = old.candidates.filter((c) => later.includes(c.attribute));
  if (shared.length === 0) return 1;
  const value = chooseValue(shared, old.key, undefined, undefined, labels);
  intents.push({ ...piece(verb), end: old.end, type: "unset", ...value });
  return 2;
}
