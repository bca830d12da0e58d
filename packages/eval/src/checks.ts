import { EvaluationError, type EvaluationErrorCode } from "./errors.ts";

/** The cut-offs the thesis reports top-k accuracy at. */
export const DEFAULT_KS: readonly number[] = [10, 20, 30, 40, 50];

/** `value` as a k (an integer >= 1), or an error naming `name` and the value. */
export function checkK(value: unknown, name = "k"): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    throw new EvaluationError(
      "invalid_argument",
      `${name} must be an integer >= 1, got ${String(value)}`,
    );
  }
  return value;
}

/** A non-empty list of cut-offs, each checked with `checkK`. */
export function checkKs(ks: readonly number[]): readonly number[] {
  if (!Array.isArray(ks) || ks.length === 0) {
    throw new EvaluationError("invalid_argument", "ks must list at least one cut-off k");
  }
  ks.forEach((k, i) => {
    checkK(k, `ks[${i}]`);
  });
  return ks;
}

/**
 * `length / width`, or an error when `length` values are not whole rows. `what` names the array
 * and `unit` one row's width in messages ("gallery.rows", "3 attributes").
 */
export function wholeRows(
  length: number,
  width: number,
  code: EvaluationErrorCode,
  what: string,
  unit: string,
): number {
  if (length % width !== 0) {
    throw new EvaluationError(
      code,
      `${what} has ${length} values, not whole rows of ${unit} (${length} % ${width} = ${length % width})`,
    );
  }
  return length / width;
}
