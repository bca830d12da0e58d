import type { LabelInput, Manipulation } from "@atelier/schema";
import type { Command } from "../types.ts";

export const CATEGORIES = [
  "plain",
  "synonym",
  "negation",
  "relative",
  "multi",
  "typo",
  "command",
  // Text that should change nothing (small talk, out-of-vocabulary asks): must get a reply.
  "unparsed",
] as const;
export type Category = (typeof CATEGORIES)[number];

/** One utterance of the test corpus with the answer it must get. */
export interface Utterance {
  readonly category: Category;
  readonly text: string;
  readonly context?: LabelInput;
  readonly manipulations: readonly Manipulation[];
  readonly commands: readonly Command[];
}
