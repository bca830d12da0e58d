export type { ParserErrorCode } from "./errors.ts";
export { isParserError, ParserError } from "./errors.ts";
export { MAX_TURN_LENGTH, parseTurn } from "./parse.ts";
export { stepValue } from "./scale.ts";
export type { Command, ParseContext, ParseResult, Span } from "./types.ts";
export type { Scale } from "./vocabulary/scales.ts";
export { RELATIVE_WORDS, SCALES } from "./vocabulary/scales.ts";
