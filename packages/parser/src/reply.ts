import type { AttributeSchema } from "@atelier/schema";
import { suggestWords } from "./correct.ts";
import type { Intent } from "./interpret.ts";
import type { Lexicon } from "./lexicon.ts";
import { attributeName } from "./resolve.ts";
import type { Span } from "./types.ts";

const EXAMPLES = `Try a value ("navy", "slim fit"), a negation ("no collar") or a relative change ("longer sleeves"), or say "undo".`;

interface ReplyInput {
  readonly schema: AttributeSchema;
  readonly lexicon: Lexicon;
  readonly intents: readonly Intent[];
  readonly understood: readonly Span[];
  readonly notes: readonly string[];
  readonly changed: boolean;
}

/**
 * What to tell the shopper, or undefined when every part of the turn was understood and did
 * something. Lists what was understood, why parts changed nothing, and near words for each
 * unknown one, so a turn is never a silent no-op.
 */
export function buildReply(input: ReplyInput): string | undefined {
  const { schema, lexicon, intents, understood, notes, changed } = input;
  const unknown = intents.filter((i) => i.type === "unknown");
  const asks = intents.filter((i) => i.type === "ask");
  const dangling = intents.some((i) => i.type === "dangling");
  if (changed && unknown.length === 0 && asks.length === 0 && notes.length === 0 && !dangling) {
    return undefined;
  }
  const parts: string[] = [];
  if (understood.length > 0) {
    parts.push(`I understood: ${understood.map((s) => s.meaning).join("; ")}.`);
  }
  parts.push(...notes);
  for (const ask of asks) {
    const attribute = schema.attributes.find((a) => a.key === ask.attribute);
    const values = attribute ? attribute.values.slice(0, 6).join(", ") : "";
    parts.push(`Which ${attributeName(schema, ask.attribute)}? For example ${values}.`);
  }
  if (dangling) parts.push(`I could not tell what to leave out; say e.g. "no collar".`);
  if (unknown.length > 0) parts.push(unknownSentence(lexicon, unknown));
  if (!changed && understood.length === 0 && asks.length === 0) parts.push(EXAMPLES);
  return parts.join(" ");
}

function unknownSentence(lexicon: Lexicon, unknown: readonly Intent[]): string {
  const words = [...new Set(unknown.map((u) => (u.type === "unknown" ? u.word : "")))];
  const hints = words.map((word) => {
    const near = suggestWords(lexicon, word);
    return near.length > 0
      ? `"${word}" (did you mean ${near.map((n) => `"${n}"`).join(", ")}?)`
      : `"${word}"`;
  });
  return `I did not understand ${hints.join(", ")}.`;
}
