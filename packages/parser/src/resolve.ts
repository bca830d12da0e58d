import type { AttributeSchema, Labels, Manipulation } from "@atelier/schema";
import type { Intent } from "./interpret.ts";
import { stepValue } from "./scale.ts";

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
    else if (intent.type === "step") {
      const target = stepTarget(schema, intent.attribute, intent.step, labels, notes);
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

function stepTarget(
  schema: AttributeSchema,
  attribute: string,
  step: 1 | -1,
  labels: Labels | undefined,
  notes: string[],
): string | undefined {
  const name = attributeName(schema, attribute);
  const current = labels?.[attribute] ?? null;
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
