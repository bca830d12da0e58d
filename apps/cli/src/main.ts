#!/usr/bin/env -S npx tsx
/**
 * `atelier`: the project's command line. Commands arrive with later issues (train, eval, ...).
 *
 * @example
 *   npx tsx apps/cli/src/main.ts demo --products 2000 --seed 42 --k 5
 */
import { parseArgs } from "node:util";
import { runDemo } from "./commands/demo.ts";

const COMMANDS = ["demo"] as const;
type Command = (typeof COMMANDS)[number];

function isCommand(value: string | undefined): value is Command {
  return COMMANDS.includes(value as Command);
}

function positiveInt(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`--${name} must be a positive integer, got "${raw}"`);
  }
  return value;
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (!isCommand(command)) {
    throw new Error(`unknown command "${command ?? ""}"; commands: ${COMMANDS.join(", ")}`);
  }
  switch (command) {
    case "demo": {
      const { values } = parseArgs({
        args: rest,
        strict: true,
        options: {
          products: { type: "string", default: "2000" },
          seed: { type: "string", default: "42" },
          k: { type: "string", default: "5" },
        },
      });
      await runDemo({
        products: positiveInt("products", values.products),
        seed: positiveInt("seed", values.seed),
        k: positiveInt("k", values.k),
      });
      return;
    }
    default: {
      const unreachable: never = command;
      throw new Error(`unhandled command ${unreachable}`);
    }
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`atelier: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
