import { type ParseArgsConfig, parseArgs } from "node:util";

/** One `atelier` command: its name as typed (`catalog generate`), a line of help, and its run. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  run(args: string[]): Promise<void>;
}

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * Parses a command's options strictly (unknown options and stray arguments are errors) and
 * prefixes parse errors with the command's name.
 *
 * @example
 * const { values } = parseOptions("catalog generate", args, { out: { type: "string" } });
 */
export function parseOptions<T extends Options>(command: string, args: string[], options: T) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false });
  } catch (error) {
    throw new Error(`${command}: ${(error as Error).message}`);
  }
}

/** An integer option in [min, max]; the error names the option and what it got. */
export function intOption(
  name: string,
  raw: string,
  min = 1,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const value = Number(raw);
  if (raw.trim() === "" || !Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`;
    throw new Error(`--${name} must be an integer ${range}, got "${raw}"`);
  }
  return value;
}

/** A positive integer option (e.g. `--products`). */
export function positiveInt(name: string, raw: string): number {
  return intOption(name, raw, 1);
}

/** A required string option. */
export function required(name: string, value: string | undefined): string {
  if (value === undefined || value === "") throw new Error(`--${name} is required`);
  return value;
}

/** An option with a closed set of values. */
export function oneOf<T extends string>(name: string, raw: string, values: readonly T[]): T {
  if (!values.includes(raw as T)) {
    throw new Error(`--${name} must be one of ${values.join(", ")}, got "${raw}"`);
  }
  return raw as T;
}
