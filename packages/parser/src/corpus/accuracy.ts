import type { Manipulation } from "@atelier/schema";
import { parseTurn } from "../parse.ts";
import type { Command } from "../types.ts";
import { CATEGORIES, type Category, type Utterance } from "./types.ts";

export interface Failure {
  readonly utterance: Utterance;
  readonly manipulations: readonly Manipulation[];
  readonly commands: readonly Command[];
  /** Set when the answer was right but a turn that changes nothing got no reply. */
  readonly silent?: true;
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
 * exactly the expected ones, and, when it expects nothing, the parser replied (never a silent
 * no-op).
 *
 * @example
 * measureAccuracy([{ category: "plain", text: "navy", manipulations: [{ attribute: "color", add: "Navy" }], commands: [] }]).accuracy; // 1
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
    const same =
      canonical(result.manipulations) === canonical(utterance.manipulations) &&
      JSON.stringify(result.commands) === JSON.stringify(utterance.commands);
    const expectsNothing = utterance.manipulations.length === 0 && utterance.commands.length === 0;
    const silent = same && expectsNothing && result.reply === undefined;
    const bucket = byCategory[utterance.category];
    bucket.total++;
    if (same && !silent) bucket.correct++;
    else
      failures.push({
        utterance,
        manipulations: result.manipulations,
        commands: result.commands,
        ...(silent ? { silent: true as const } : {}),
      });
  }
  const total = utterances.length;
  const correct = total - failures.length;
  return { total, correct, accuracy: total === 0 ? 0 : correct / total, byCategory, failures };
}

/** One line per failure: text, context, expected and got. */
export function formatFailure(failure: Failure): string {
  const { utterance } = failure;
  const context = utterance.context ? ` ${JSON.stringify(utterance.context)}` : "";
  const show = (m: readonly Manipulation[], c: readonly Command[]) =>
    [...m.map(formatManipulation), ...c.map((x) => JSON.stringify(x))].join(", ") || "nothing";
  const got = failure.silent
    ? "nothing, without a reply"
    : show(failure.manipulations, failure.commands);
  return `[${utterance.category}] "${utterance.text}"${context}: expected ${show(utterance.manipulations, utterance.commands)}; got ${got}`;
}

function formatManipulation(m: Manipulation): string {
  if (m.remove != null && m.add != null) return `${m.attribute} ${m.remove}->${m.add}`;
  return m.add != null ? `${m.attribute} +${m.add}` : `${m.attribute} -${m.remove}`;
}
