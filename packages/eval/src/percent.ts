import { EvaluationError } from "./errors.ts";

/**
 * `hits / total` as a percentage with `digits` decimals, the way the thesis prints accuracy.
 * Rounding is half up on the exact ratio (integer arithmetic, no binary floating-point drift).
 *
 * @example
 * formatPercent(4822, 14361); // "33.58"
 * formatPercent(1, 8, 1); // "12.5"
 */
export function formatPercent(hits: number, total: number, digits = 2): string {
  if (!Number.isInteger(total) || total < 1) {
    throw new EvaluationError("invalid_argument", `total must be an integer >= 1, got ${total}`);
  }
  if (!Number.isInteger(hits) || hits < 0 || hits > total) {
    throw new EvaluationError(
      "invalid_argument",
      `hits must be an integer from 0 to ${total}, got ${hits}`,
    );
  }
  if (!Number.isInteger(digits) || digits < 0 || digits > 10) {
    throw new EvaluationError(
      "invalid_argument",
      `digits must be an integer from 0 to 10, got ${digits}`,
    );
  }
  const scale = 10n ** BigInt(digits);
  const numerator = BigInt(hits) * 100n * scale;
  const denominator = BigInt(total);
  const rounded = (2n * numerator + denominator) / (2n * denominator);
  const whole = (rounded / scale).toString();
  if (digits === 0) return whole;
  return `${whole}.${(rounded % scale).toString().padStart(digits, "0")}`;
}
