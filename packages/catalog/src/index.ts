export { allowedValues, appliesTo, BOTTOMS, CATEGORIES } from "./structure/applicability.ts";
