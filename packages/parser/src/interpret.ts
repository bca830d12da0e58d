import type { Labels } from "@atelier/schema";
import { assertNever, type Item, type Piece, type ValueEntry } from "./segment.ts";
import type { Command } from "./types.ts";
import { ABSENCE_VALUE, PREFERRED_ATTRIBUTE } from "./vocabulary/synonyms.ts";

/** What one part of a turn asks for, before the reference's labels are applied. */
export type Intent =
  | (Piece & { readonly type: "set"; readonly attribute: string; readonly value: string })
  /** `value` undefined: remove whatever the attribute has ("no collar"). */
  | (Piece & { readonly type: "unset"; readonly attribute: string; readonly value?: string })
  | (Piece & { readonly type: "step"; readonly attribute: string; readonly step: 1 | -1 })
  | (Piece & { readonly type: "command"; readonly command: Command })
  /** An attribute named with no value ("change the collar"): the reply asks which. */
  | (Piece & { readonly type: "ask"; readonly attribute: string })
  /** A negation with nothing after it to negate. */
  | (Piece & { readonly type: "dangling" })
  | (Piece & { readonly type: "unknown"; readonly word: string });

/**
 * Reads items left to right: a negator takes the next item, an attribute word next to a value
 * says which attribute the value belongs to, a relative word takes its attribute word.
 * `labels` (the reference's, when known) break ties between attributes sharing a value name.
 */
export function interpret(items: readonly Item[], labels: Labels | undefined): Intent[] {
  const intents: Intent[] = [];
  let i = 0;
  while (i < items.length) {
    const item = items[i] as Item;
    const next = items[i + 1];
    switch (item.kind) {
      case "command":
        intents.push({ ...piece(item), type: "command", command: item.command });
        i++;
        break;
      case "unknown":
        intents.push({ ...piece(item), type: "unknown", word: item.word });
        i++;
        break;
      case "negator":
        i += negate(item, next, items[i + 2], labels, intents);
        break;
      case "relative": {
        const takesWord = next?.kind === "attribute" && next.attribute === item.attribute;
        const end = takesWord ? next.end : item.end;
        intents.push({ ...item, end, type: "step", attribute: item.attribute, step: item.step });
        i += takesWord ? 2 : 1;
        break;
      }
      case "attribute":
        if (next?.kind === "relative" && next.attribute === item.attribute) {
          // "sleeves longer": the relative word that follows carries the change.
          intents.push({
            ...piece(item),
            end: next.end,
            type: "step",
            attribute: next.attribute,
            step: next.step,
            key: next.key,
          });
          i += 2;
        } else if (
          next?.kind === "values" &&
          next.candidates.some((c) => c.attribute === item.attribute)
        ) {
          // "colour: navy", "neckline round": the word picks the value's attribute.
          const value = chooseValue(next.candidates, next.key, item.attribute, undefined, labels);
          intents.push({ ...piece(item), end: next.end, type: "set", ...value });
          i += 2;
        } else {
          intents.push({ ...piece(item), type: "ask", attribute: item.attribute });
          i++;
        }
        break;
      case "values": {
        const head = next?.kind === "attribute" ? next.attribute : undefined;
        const value = chooseValue(item.candidates, item.key, undefined, head, labels);
        const takesHead = head === value.attribute;
        intents.push({
          ...piece(item),
          end: takesHead && next ? next.end : item.end,
          type: "set",
          ...value,
        });
        i += takesHead ? 2 : 1;
        break;
      }
      default:
        assertNever(item);
    }
  }
  return intents;
}

/** Adds the intent of a negator and the item it negates; returns how many items it used. */
function negate(
  negator: Item,
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
function chooseValue(
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

function piece(item: Piece): Piece {
  return { start: item.start, end: item.end, key: item.key };
}
