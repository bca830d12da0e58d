import type { Labels } from "@atelier/schema";
import { chooseValue, negate, piece } from "./choose.ts";
import { compare, postNegated, replaced } from "./modifiers.ts";
import { assertNever, type Item, type Piece } from "./segment.ts";
import type { Command } from "./types.ts";

/** What one part of a turn asks for, before the reference's labels are applied. */
export type Intent =
  | (Piece & { readonly type: "set"; readonly attribute: string; readonly value: string })
  /** `value` undefined: remove whatever the attribute has ("no collar"). */
  | (Piece & { readonly type: "unset"; readonly attribute: string; readonly value?: string })
  /** `from`: step from this value rather than the reference's ("darker green"). */
  | (Piece & {
      readonly type: "step";
      readonly attribute: string;
      readonly step: 1 | -1;
      readonly from?: string;
    })
  /** "more fitted" (+1), "less baggy" (-1): a step towards or away from the value's end. */
  | (Piece & {
      readonly type: "toward";
      readonly attribute: string;
      readonly value: string;
      readonly step: 1 | -1;
    })
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
  // Where a bare "more" stood: "show more" if the turn asks for nothing else.
  const bareMore: { at: number; piece: Piece }[] = [];
  let i = 0;
  while (i < items.length) {
    const item = items[i] as Item;
    const next = items[i + 1];
    const negatedAfter = postNegated(items, i);
    if (negatedAfter > 0) {
      const off = items[i + negatedAfter] as Item;
      negate(item, item, items[i + 1], labels, intents);
      const last = intents.pop() as Intent;
      intents.push({ ...last, end: off.end });
      i += negatedAfter + 1;
      continue;
    }
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
        if (
          next?.kind === "values" &&
          next.candidates.some((c) => c.attribute === item.attribute)
        ) {
          // "darker green", "lighter blue": a step from the named value.
          const from = chooseValue(next.candidates, next.key, item.attribute, undefined, labels);
          intents.push({
            ...piece(item),
            end: next.end,
            type: "step",
            attribute: item.attribute,
            step: item.step,
            from: from.value,
          });
          i += 2;
          break;
        }
        const takesWord = next?.kind === "attribute" && next.attribute === item.attribute;
        const end = takesWord ? next.end : item.end;
        intents.push({ ...item, end, type: "step", attribute: item.attribute, step: item.step });
        i += takesWord ? 2 : 1;
        break;
      }
      case "attribute":
        if (next?.kind === "replace" && items[i + 2]?.kind === "values") {
          // "the colour from black to white": the values say it all.
          i++;
        } else if (next?.kind === "relative" && next.attribute === item.attribute) {
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
      case "comparative":
        if (item.key === "more" && (next === undefined || next.kind === "command")) {
          bareMore.push({ at: intents.length, piece: piece(item) });
        }
        i += compare(item, next, items[i + 2], labels, intents);
        break;
      case "replace":
        i += replaced(items, i, labels, intents);
        break;
      case "base":
        // "dark" alone: not a change; the reply lists it.
        intents.push({ ...piece(item), type: "unknown", word: item.key });
        i++;
        break;
      case "postNegator":
        i++;
        break;
      default:
        assertNever(item);
    }
  }
  const changes = intents.some((t) => ["set", "unset", "step", "toward"].includes(t.type));
  const more = bareMore[0];
  const shown = intents.some((t) => t.type === "command" && t.command.type === "showMore");
  if (more && !changes && !shown) {
    intents.splice(more.at, 0, { ...more.piece, type: "command", command: { type: "showMore" } });
  }
  return intents;
}
