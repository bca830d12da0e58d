#!/usr/bin/env -S npx tsx
/**
 * `atelier`: the project's command line. Each command lives in `commands/`, named as typed.
 *
 * @example
 *   npx tsx apps/cli/src/main.ts demo --products 2000 --seed 42 --k 5
 *   npx tsx apps/cli/src/main.ts catalog generate --products 20000 --seed 42 --out data/catalog
 *   npx tsx apps/cli/src/main.ts catalog seed-db --from data/catalog
 *   npx tsx apps/cli/src/main.ts catalog queries --from data/catalog --max-per-reference 5
 *   npx tsx apps/cli/src/main.ts catalog contact-sheet --out docs/catalog/contact-sheet.png
 *   npx tsx apps/cli/src/main.ts train encoder --out runs/encoder [--resume]
 *   npx tsx apps/cli/src/main.ts train mann --steps 100 --out runs/mann [--resume]
 *   npx tsx apps/cli/src/main.ts eval --encoder runs/encoder/encoder --memory runs/memory/memory
 */
import { catalogContactSheet } from "./commands/catalog-contact-sheet.ts";
import { catalogGenerate } from "./commands/catalog-generate.ts";
import { catalogQueries } from "./commands/catalog-queries.ts";
import { catalogSeedDb } from "./commands/catalog-seed-db.ts";
import { demo } from "./commands/demo.ts";
import { evaluate } from "./commands/eval.ts";
import { indexBuild } from "./commands/index-build.ts";
import { trainEncoder, trainMann, trainMemory } from "./commands/train.ts";
import { findCommand } from "./find-command.ts";
import type { Command } from "./options.ts";

const COMMANDS: readonly Command[] = [
  demo,
  catalogGenerate,
  catalogSeedDb,
  catalogQueries,
  catalogContactSheet,
  trainEncoder,
  trainMemory,
  trainMann,
  evaluate,
  indexBuild,
];

async function main(argv: string[]): Promise<void> {
  const { command, args } = findCommand(COMMANDS, argv);
  await command.run(args);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`atelier: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
