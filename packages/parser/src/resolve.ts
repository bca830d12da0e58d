import type { AttributeSchema, Labels, Manipulation } from "@atelier/schema";
import type { Intent } from "./interpret.ts";
import { poleOf, sameChain, stepValue } from "./scale.ts";

/** Per attribute, what the turn asked for, in the order attributes were first mentioned. */
interface Request {
  add?: string;
  /** A named value to remove ("not striped", "instead of black"). */
  remove?: string;
  /** "no collar": remove whatever the reference has. */
  removeCurrent?: boolean;
}

export interface Resolution {
  readonly manipulations: Manipulation[];
  /** Sentences for the reply: why an understood part changed nothing. */
  readonly notes: string[];
}

/**
 * Turns set/unset/step intents into manipulations against the reference's labels: adds replace
 * the current value, a removal and an add of one attribute merge into one replacement, and
 * changes that would do nothing (already navy, no collar to remove) become notes, not silence.
 */
export function resolve(
  schema: AttributeSchema,
  intents: readonly Intent[],
  labels: Labels | undefined,
): Resolution {
  const notes: string[] = [];
  const requests = new Map<string, Request>();
  const request = (attribute: string) => {
    const existing = requests.get(attribute);
    if (existing) return existing;
    const created: Request = {};
    requests.set(attribute, created);
    return created;
  };
  for (const intent of intents) {
    if (intent.type === "set") request(intent.attribute).add = intent.value;
    else if (intent.type === "unset" && intent.value !== undefined) {
      request(intent.attribute).remove = intent.value;
    } else if (intent.type === "unset") request(intent.attribute).removeCurrent = true;
    else if (intent.type === "step" || intent.type === "toward") {
      const target = stepTarget(schema, intent, labels, notes);
      if (target !== undefined) request(intent.attribute).add = target;
    }
  }
  const manipulations: Manipulation[] = [];
  for (const [attribute, wanted] of requests) {
    const made = finish(schema, attribute, wanted, labels, notes);
    if (made) manipulations.push(made);
  }
  return { manipulations, notes };
}

function finish(
  schema: AttributeSchema,
  attribute: string,
  wanted: Request,
  labels: Labels | undefined,
  notes: string[],
): Manipulation | undefined {
  const name = attributeName(schema, attribute);
  const current = labels ? (labels[attribute] ?? null) : undefined;
  if (wanted.add !== undefined) {
    if (current === wanted.add) {
      notes.push(`The ${name} is already ${wanted.add}.`);
      return undefined;
    }
    // The reference's value is what the models must remove; a named one only stands in for it
    // when the labels are unknown.
    const remove = current ?? (current === null ? undefined : wanted.remove);
    return remove === undefined
      ? { attribute, add: wanted.add }
      : { attribute, remove, add: wanted.add };
  }
  if (wanted.removeCurrent) {
    if (current === undefined) {
      notes.push(`To remove the ${name} I need to know the reference item's ${name}.`);
      return undefined;
    }
    if (current === null) {
      notes.push(`The reference item has no ${name} already.`);
      return undefined;
    }
    return { attribute, remove: current };
  }
  const remove = wanted.remove as string;
  if (current !== undefined && current !== remove) {
    notes.push(
      current === null
        ? `The reference item has no ${name}, so there is no ${remove} to remove.`
        : `The ${name} is ${current}, not ${remove}, already.`,
    );
    return undefined;
  }
  return { attribute, remove };
}

/**
 * Where a relative change lands: one step from the named value ("darker green") or the
 * reference's, in the intent's direction; for "more fitted"/"less baggy" the direction is towards
 * (or away from) the end of the scale the value lies on. Undefined, with a note, when it cannot.
 */
function stepTarget(
  schema: AttributeSchema,
  intent: Extract<Intent, { type: "step" | "toward" }>,
  labels: Labels | undefined,
  notes: string[],
): string | undefined {
  const { attribute } = intent;
  const name = attributeName(schema, attribute);
  const reference = labels?.[attribute] ?? null;
  // "darker blue" steps from the reference when it is a blue already, else from blue.
  const named = intent.type === "step" ? intent.from : undefined;
  const from = named !== undefined && !sameChain(attribute, named, reference) ? named : undefined;
  const current = from ?? reference;
  let step = intent.step;
  if (intent.type === "toward") {
    const pole = poleOf(attribute, intent.value);
    if (current === null || pole === 0 || pole === undefined) {
      // Nothing to step from, or a value with no direction: "more regular" asks for it.
      if (intent.step > 0) return intent.value;
      notes.push(`To go less ${intent.value} I need the reference item's ${name}.`);
      return undefined;
    }
    step = intent.step > 0 ? pole : pole > 0 ? -1 : 1;
  }
  if (current === null) {
    notes.push(`To change the ${name} relative to the reference I need its current ${name}.`);
    return undefined;
  }
  const result = stepValue(attribute, current, step);
  if (result.ok) return result.value;
  if (result.reason === "at_end") notes.push(`${current} is already the ${result.end} ${name}.`);
  else notes.push(`${current} has no ${step > 0 ? "next" : "previous"} ${name} on my scale.`);
  return undefined;
}

export function attributeName(schema: AttributeSchema, attribute: string): string {
  const found = schema.attributes.find((a) => a.key === attribute);
  return (found?.name ?? attribute).toLowerCase();
}
