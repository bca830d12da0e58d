import type { ChatSession, Turn } from "@atelier/db";

/** What a `Session` resolves from: the stored session (never its token). */
export interface SessionModel {
  readonly __typename: "Session";
  readonly session: ChatSession;
}

/** What a `Turn` resolves from: the stored turn. */
export type TurnModel = Turn;
