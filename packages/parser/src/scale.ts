import { SCALES, type Scale } from "./vocabulary/scales.ts";

export type StepResult =
  | { readonly ok: true; readonly value: string }
  | {
      readonly ok: false;
      readonly reason: "no_scale" | "off_scale" | "at_end";
      readonly end?: string;
    };

/**
 * The value one step from `current` along the attribute's scale ("longer" from Short is Elbow).
 *
 * @example
 * stepValue("sleevelen", "Short", 1); // { ok: true, value: "Elbow" }
 */
export function stepValue(attribute: string, current: string, step: 1 | -1): StepResult {
  const scale = SCALES.find((s) => s.attribute === attribute);
  if (!scale) return { ok: false, reason: "no_scale" };
  const onChain = scale.equivalents[current] ?? current;
  for (const chain of scale.chains) {
    const index = chain.indexOf(onChain);
    if (index < 0) continue;
    const value = chain[index + step];
    if (value !== undefined) return { ok: true, value };
    return { ok: false, reason: "at_end", end: step > 0 ? scale.up : scale.down };
  }
  return { ok: false, reason: "off_scale" };
}

export function scaleOf(attribute: string): Scale | undefined {
  return SCALES.find((s) => s.attribute === attribute);
}
