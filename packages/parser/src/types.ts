import type { AttributeSchema, LabelInput, Manipulation } from "@atelier/schema";

/** A chat command that is not an attribute change. Closed: switch on `type`. */
export type Command =
  | { readonly type: "undo" }
  | { readonly type: "startOver" }
  | { readonly type: "showMore" }
  /** `item` is 1-based, as the shopper sees the result grid. */
  | { readonly type: "useReference"; readonly item: number };

/** A piece of the turn the parser understood, with what it took it to mean. */
export interface Span {
  /** Offsets into the original text, `text.slice(start, end)`. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Human-readable meaning, e.g. `color: Navy`, `remove collar`, `undo`. */
  readonly meaning: string;
}

/** What the parser knows about the item being refined. */
export interface ParseContext {
  /** Current labels of the reference item (keys or names, any case); enables relative changes. */
  readonly labels?: LabelInput;
  /** Vocabulary to parse against; Shopping100k when omitted. */
  readonly schema?: AttributeSchema;
}

export interface ParseResult {
  readonly manipulations: readonly Manipulation[];
  readonly commands: readonly Command[];
  readonly understood: readonly Span[];
  /** Words that were neither a change, a command nor filler. */
  readonly unknown: readonly string[];
  /** Set whenever something was not understood or could not be applied; say it to the shopper. */
  readonly reply?: string;
}
