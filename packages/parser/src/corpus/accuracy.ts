import type { Manipulation } from "@atelier/schema";
import { parseTurn } from "../parse.ts";
import type { Command } from "../types.ts";
import { CATEGORIES, type Category, type Utterance } from "./types.ts";

export interface Failure {
  readonly utterance: Utterance;
  readonly manipulations: readonly Manipulation[];
  readonly commands: readonly Command[];
}

export interface AccuracyReport {
  readonly total: number;
  readonly correct: number;
  readonly accuracy: number;
  readonly byCategory: Readonly<Record<Category, { total: number; correct: number }>>;
  readonly failures: readonly Failure[];
}

// Manipulations of different attributes commute, so their order is not part of the answer.
function canonical(manipulations: readonly Manipulation[]): string {
  return JSON.stringify(
    manipulations
      .map((m) => ({ attribute: m.attribute, remove: m.remove ?? null, add: m.add ?? null }))
      .sort((a, b) => a.attribute.localeCompare(b.attribute)),
  );
}

/**
 * Parses every utterance and counts it correct when both its manipulations and its commands are
 * exactly the expected ones.
 */
export function measureAccuracy(utterances: readonly Utterance[]): AccuracyReport {
  const byCategory = Object.fromEntries(
    CATEGORIES.map((c) => [c, { total: 0, correct: 0 }]),
  ) as Record<Category, { total: number; correct: number }>;
  const failures: Failure[] = [];
  for (const utterance of utterances) {
    const result = parseTurn(
      utterance.text,
      utterance.context ? { labels: utterance.context } : {},
    );
    const ok =
      canonical(result.manipulations) === canonical(utterance.manipulations) &&
      JSON.stringify(result.commands) === JSON.stringify(utterance.commands);
    const bucket = byCategory[utterance.category];
    bucket.total++;
    if (ok) bucket.correct++;
    else
      failures.push({ utterance, manipulations: result.manipulations, commands: result.commands });
  }
  const total = utterances.length;
  const correct = total - failures.length;
  return { total, correct, accuracy: total === 0 ? 0 : correct / total, byCategory, failures };
}

/** One line per failure: text, context, expected and got. */
export function formatFailure(failure: Failure): string {
  const { utterance } = failure;
  const context = utterance.context ? ` ${JSON.stringify(utterance.context)}` : "";
  const expected = JSON.stringify([utterance.manipulations, utterance.commands]);
  const got = JSON.stringify([failure.manipulations, failure.commands]);
  return `[${utterance.category}] "${utterance.text}"${context}: expected ${expected}, got ${got}`;
}
