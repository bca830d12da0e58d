// Reading a value or a negation: which attribute an ambiguous value belongs to.
import type { Labels } from "@atelier/schema";
import type { Intent } from "./interpret.ts";
import type { Item, Piece, ValueEntry } from "./segment.ts";
import { ABSENCE_VALUE, PREFERRED_ATTRIBUTE } from "./vocabulary/synonyms.ts";

/** Adds the intent of a negator and the item it negates; returns how many items it used. */
export function negate(
  negator: Piece,
  target: Item | undefined,
  after: Item | undefined,
  labels: Labels | undefined,
  intents: Intent[],
): number {
  if (target?.kind === "attribute") {
    const absence = ABSENCE_VALUE[target.attribute];
    const base = { ...piece(negator), end: target.end, attribute: target.attribute };
    intents.push(absence ? { ...base, type: "set", value: absence } : { ...base, type: "unset" });
    return 2;
  }
  if (target?.kind === "values") {
    const head = after?.kind === "attribute" ? after.attribute : undefined;
    const value = chooseValue(target.candidates, target.key, undefined, head, labels);
    const takesHead = head === value.attribute;
    const end = takesHead && after ? after.end : target.end;
    intents.push({ ...piece(negator), end, type: "unset", ...value });
    return takesHead ? 3 : 2;
  }
  intents.push({ ...piece(negator), type: "dangling" });
  return 1;
}

/**
 * The value a phrase means: the only candidate, else the one whose attribute a neighbouring
 * word names, else the one whose attribute the reference has, else the preferred attribute.
 */
export function chooseValue(
  candidates: readonly ValueEntry[],
  key: string,
  named: string | undefined,
  head: string | undefined,
  labels: Labels | undefined,
): { attribute: string; value: string } {
  const pick = (attribute: string | undefined) => candidates.find((c) => c.attribute === attribute);
  const present = labels ? candidates.filter((c) => labels[c.attribute] != null) : [];
  const chosen =
    (candidates.length === 1 ? candidates[0] : undefined) ??
    pick(named) ??
    pick(head) ??
    (present.length === 1 ? present[0] : undefined) ??
    pick(PREFERRED_ATTRIBUTE[key]) ??
    (candidates[0] as ValueEntry);
  return { attribute: chosen.attribute, value: chosen.value };
}

/** Where an item stands and what it matched, without its meaning. */
export function piece(item: Piece): Piece {
  return { start: item.start, end: item.end, key: item.key };
}
