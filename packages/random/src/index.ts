export type { Random } from "./random.ts";
export { pick, seededRandom, shuffled, uniformArray } from "./random.ts";
