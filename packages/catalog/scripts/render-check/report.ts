/**
 * Accuracy of the check's predictions, per attribute: the headline counts only items whose
 * attribute is present and picks among its values (the "missing" class is masked out); the second
 * figure counts every item and every class, "missing" included.
 */
import { shopping100k } from "@atelier/schema";
import type { RenderSet } from "./dataset.ts";

/** One attribute's held-out accuracy. */
export interface AttributeScore {
  readonly key: string;
  /** Items with the attribute present, and the share classified right among values only. */
  readonly present: number;
  readonly presentAccuracy: number;
  /** All items, every class including "missing". */
  readonly allAccuracy: number;
  /** Values classified worst (accuracy, count, the value most often predicted instead), for redrawing. */
  readonly worst: readonly WeakValue[];
}

/** A value the CNN gets wrong most, and what it takes it for. */
export interface WeakValue {
  readonly value: string;
  readonly accuracy: number;
  readonly count: number;
  /** The wrong value predicted most often for it ("" when never wrong). */
  readonly takenFor: string;
}

/** Scores of every attribute from per-head probabilities. */
export function scoreAttributes(set: RenderSet, probs: readonly Float32Array[]): AttributeScore[] {
  return shopping100k.attributes.map((attribute, a) => {
    const classes = attribute.size + 1;
    const p = probs[a] as Float32Array;
    const t = set.targets[a] as Int32Array;
    let present = 0;
    let presentRight = 0;
    let allRight = 0;
    const perValue = attribute.values.map(() => ({
      right: 0,
      count: 0,
      wrong: new Array<number>(attribute.size).fill(0),
    }));
    for (let i = 0; i < set.n; i++) {
      const row = p.subarray(i * classes, (i + 1) * classes);
      const truth = t[i] ?? attribute.size;
      if (argmax(row, classes) === truth) allRight++;
      if (truth === attribute.size) continue;
      present++;
      const predicted = argmax(row, attribute.size);
      if (predicted === truth) presentRight++;
      const v = perValue[truth];
      if (v) {
        v.count++;
        if (predicted === truth) v.right++;
        else v.wrong[predicted] = (v.wrong[predicted] ?? 0) + 1;
      }
    }
    const worst = perValue
      .map((v, j) => ({
        value: attribute.values[j] ?? "",
        accuracy: v.count === 0 ? 1 : v.right / v.count,
        count: v.count,
        takenFor: mostWrong(v.wrong, attribute.values),
      }))
      .filter((v) => v.count > 0)
      .sort((x, y) => x.accuracy - y.accuracy)
      .slice(0, 4);
    return {
      key: attribute.key,
      present,
      presentAccuracy: present === 0 ? 1 : presentRight / present,
      allAccuracy: allRight / set.n,
      worst,
    };
  });
}

function mostWrong(wrong: readonly number[], values: readonly string[]): string {
  const j = argmax(Float32Array.from(wrong), wrong.length);
  return (wrong[j] ?? 0) > 0 ? (values[j] ?? "") : "";
}

function argmax(row: Float32Array, upTo: number): number {
  let best = 0;
  for (let j = 1; j < upTo; j++) if ((row[j] ?? 0) > (row[best] ?? 0)) best = j;
  return best;
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

const weakValue = (w: WeakValue) =>
  `${w.value} ${pct(w.accuracy)} (${w.count}${w.takenFor ? `, as ${w.takenFor}` : ""})`;

/** The scores as a Markdown table. */
export function scoreTable(scores: readonly AttributeScore[], threshold: number): string {
  const rows = scores.map(
    (s) =>
      `| ${s.key} | ${s.present} | ${pct(s.presentAccuracy)} | ${pct(s.allAccuracy)} | ${s.presentAccuracy >= threshold ? "pass" : "**FAIL**"} | ${s.worst.map(weakValue).join(", ")} |`,
  );
  return [
    "| attribute | held-out items with a value | accuracy (values only) | accuracy (with missing) | >= 90 % | weakest values (accuracy, items, most often taken for) |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}
