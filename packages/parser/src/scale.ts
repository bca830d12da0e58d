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

/**
 * Which end of its scale a value lies towards: +1 (longer, looser), -1 (shorter, tighter) or 0
 * in the middle; undefined when the attribute has no single ordered chain or the value is off it.
 *
 * @example
 * poleOf("fit", "Slim"); // -1
 */
export function poleOf(attribute: string, value: string): 1 | -1 | 0 | undefined {
  const scale = scaleOf(attribute);
  const chain = scale?.chains.length === 1 ? scale.chains[0] : undefined;
  if (!scale || !chain) return undefined;
  const index = chain.indexOf(scale.equivalents[value] ?? value);
  if (index < 0) return undefined;
  const middle = (chain.length - 1) / 2;
  return index > middle ? 1 : index < middle ? -1 : 0;
}

/**
 * Whether two values lie on one chain of the attribute's scale (Light blue and Navy do, Red and
 * Navy do not).
 *
 * @example
 * sameChain("color", "Light blue", "Navy"); // true
 */
export function sameChain(attribute: string, a: string, b: string | null): boolean {
  const scale = scaleOf(attribute);
  if (!scale || b === null) return false;
  const onChain = (v: string) => scale.equivalents[v] ?? v;
  return scale.chains.some((c) => c.includes(onChain(a)) && c.includes(onChain(b)));
}
