// Writes utterances.json from the templates and tables; run `npm run corpus -w @atelier/parser`
// then `npx biome format --write packages/parser/src/corpus/utterances.json`, and commit both.
import { writeFileSync } from "node:fs";
import { shopping100k } from "@atelier/schema";
import {
  commandCases,
  negationCases,
  plainCases,
  relativeCases,
  synonymCases,
} from "./generate.ts";
import { multiCases, typoCases } from "./generate-more.ts";

const utterances = [
  ...plainCases(shopping100k),
  ...synonymCases(),
  ...negationCases(),
  ...relativeCases(),
  ...multiCases(shopping100k),
  ...typoCases(shopping100k),
  ...commandCases(),
];
const path = new URL("./utterances.json", import.meta.url);
writeFileSync(path, `${JSON.stringify(utterances, null, 2)}\n`);
console.log(`wrote ${utterances.length} utterances to ${path.pathname}`);
