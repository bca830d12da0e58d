/** What the session service takes and returns: the schema's payloads and expected failures. */
import type { TurnRecord } from "@atelier/db";
import type { Manipulation } from "@atelier/schema";
import type { Page } from "./cursor.ts";
import type { ProductFilter, ProductFilterInput } from "./filters.ts";
import type { SessionModel } from "./models.ts";
import type { AttributeValue } from "./reference.ts";

export type Fail<T extends string, X = object> = {
  readonly __typename: T;
  readonly message: string;
} & X;
export type SessionNotFound = Fail<"SessionNotFound">;
export type UnknownProduct = Fail<"UnknownProduct", { productId: string }>;
export type NothingParsed = Fail<"NothingParsed", { reply: string }>;
export type UnknownAttribute = Fail<"UnknownAttribute">;
export type UnknownTurnFailure = Fail<"UnknownTurn", { turnId: string }>;
export type TurnPayload = {
  readonly __typename: "TurnPayload";
  session: SessionModel;
  turn: TurnRecord;
  /** The exposure recorded for this turn's ranking; null outside a running experiment. */
  exposureId: string | null;
};

export type StartOutcome =
  | {
      __typename: "StartSessionPayload";
      token: string;
      session: SessionModel;
      exposureId: string | null;
      variant: string | null;
    }
  | UnknownProduct
  | UnknownAttribute
  | NothingParsed;

export type SendTurnOutcome =
  | TurnPayload
  | SessionNotFound
  | UnknownTurnFailure
  | NothingParsed
  | UnknownAttribute
  | UnknownProduct;

export interface StartRequest {
  /** The shopper's id for experiment assignment (1 to 200 characters); "anonymous" if absent. */
  readonly userId?: string | null;
  readonly productId?: string | null;
  readonly attributes?: readonly AttributeValue[] | null;
  readonly text?: string | null;
  readonly k?: number | null;
  /** Which products may be ranked; holds for the session's later turns until another is set. */
  readonly filter?: ProductFilterInput | null;
}

export interface SendTurnRequest {
  readonly token: string;
  readonly text?: string | null;
  /** Stored as the turn's text, not parsed; only beside manipulations. */
  readonly displayText?: string | null;
  readonly manipulations?: readonly ManipulationRequest[] | null;
  readonly parentTurnId?: string | null;
  readonly useProductId?: string | null;
  readonly k?: number | null;
  /** A new filter for this turn and the ones after it (`{}` clears); absent: the path's. */
  readonly filter?: ProductFilterInput | null;
}

/** A manipulation as GraphQL inputs carry it (absent fields may be null). */
export interface ManipulationRequest {
  readonly attribute: string;
  readonly remove?: string | null;
  readonly add?: string | null;
}

export interface RankedProduct {
  readonly id: string;
  readonly title: string;
  readonly score: number;
  /** Requested values (see `requested`) the product has, and those it lacks. */
  readonly has: readonly AttributeValue[];
  readonly lacks: readonly AttributeValue[];
}

export type TurnPage = Page<TurnRecord>;

/** What `previewTurn` says a text would do to the turn it continues, changing nothing. */
export interface TurnPreview {
  readonly __typename: "TurnPreview";
  readonly manipulations: readonly Manipulation[];
  /** undo, start-over, show-more or reference; null when the text holds no command. */
  readonly command: string | null;
  readonly understood: readonly string[];
  /** What to tell the shopper when something was not understood; null otherwise. */
  readonly reply: string | null;
}

export interface SessionService {
  start(request: StartRequest): Promise<StartOutcome>;
  session(token: string): Promise<SessionModel | SessionNotFound>;
  sendTurn(request: SendTurnRequest): Promise<SendTurnOutcome>;
  /** Steps back from `turnId` (default: the current turn). */
  undo(
    token: string,
    turnId?: string | null,
  ): Promise<TurnPayload | SessionNotFound | UnknownTurnFailure | Fail<"NothingToUndo">>;
  /** The exposure of `turn`'s ranking; null outside an experiment. */
  exposureOf(turn: TurnRecord): Promise<string | null>;
  /** The key of a variant id; null for none. */
  variantKey(variantId: string | null): Promise<string | null>;
  /** A page of the session's turns (`turnCount`: how many its row says it has, at least). */
  turns(
    session: { readonly id: string; readonly turnCount: number },
    page: { first?: number | null; after?: string | null },
  ): Promise<TurnPage>;
  turn(sessionId: string, turnId: string | null): Promise<TurnRecord | null>;
  products(turn: TurnRecord): Promise<RankedProduct[]>;
  /** The values asked for on the path to `turn` since its reference; "none" = asked to remove. */
  requested(turn: TurnRecord): Promise<AttributeValue[]>;
  /** The filter `turn` was ranked under; null when none. */
  filter(turn: TurnRecord): Promise<ProductFilter | null>;
  preview(request: PreviewRequest): Promise<TurnPreview | SessionNotFound | UnknownTurnFailure>;
  /** A session by id, for read-only share links. */
  shared(sessionId: string): Promise<SessionModel | SessionNotFound>;
}

export interface PreviewRequest {
  readonly token: string;
  readonly text: string;
  readonly parentTurnId?: string | null;
}
