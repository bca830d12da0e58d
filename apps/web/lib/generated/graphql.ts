/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AttributeValueInput = {
  readonly attribute: string;
  readonly value: string;
};

export type EventKind =
  | 'ADD_TO_CART'
  | 'CLICK'
  | 'DISLIKE'
  | 'IMPRESSION'
  | 'LIKE';

export type ExperimentStatus =
  | 'DRAFT'
  | 'RUNNING'
  | 'STOPPED';

/** One attribute change: remove the old value, add the new one, or both. */
export type ManipulationInput = {
  readonly add?: string | null | undefined;
  readonly attribute: string;
  readonly remove?: string | null | undefined;
};

export type PreviewTurnInput = {
  /** The turn it would continue; omitted: the current one. */
  readonly parentTurnId?: string | null | undefined;
  /** Chat text, at most 500 characters. */
  readonly text: string;
  readonly token: string;
};

/**
 * Which products a turn may rank. Results keep their count (k) as long as that many products pass.
 * Prices are in the catalog's currency.
 */
export type ProductFilterInput = {
  /** A category value, any case, e.g. dress. */
  readonly category?: string | null | undefined;
  /** A gender value, any case, e.g. female. */
  readonly gender?: string | null | undefined;
  /** true: only products in stock. */
  readonly inStock?: boolean | null | undefined;
  readonly maxPrice?: number | null | undefined;
  readonly minPrice?: number | null | undefined;
};

export type RecordEventInput = {
  readonly exposureId: string;
  readonly kind: EventKind;
  /** Required except for IMPRESSION; must be in the exposure's ranked list. */
  readonly productId?: string | null | undefined;
  /** The session token: shoppers record events only on their own session's exposures. */
  readonly token: string;
};

export type SendTurnInput = {
  /**
   * Stored as the turn's text without being parsed, beside manipulations (e.g. the message whose
   * previewed chips the shopper edited before sending); not with text. At most 500 characters.
   */
  readonly displayText?: string | null | undefined;
  /**
   * A new filter for this turn and the ones after it (an empty one clears it); omitted: the filter
   * on the path to the parent turn.
   */
  readonly filter?: ProductFilterInput | null | undefined;
  /** Products ranked, 1 to 100 (default 20); the current reference is never among them. */
  readonly k?: number | null | undefined;
  readonly manipulations?: ReadonlyArray<ManipulationInput> | null | undefined;
  /** The turn to continue from (a branch); omitted: the session's current turn. */
  readonly parentTurnId?: string | null | undefined;
  /** Chat text, parsed with @atelier/parser. Either text or manipulations. */
  readonly text?: string | null | undefined;
  readonly token: string;
  /**
   * Use this product as the new reference: appends a turn of kind REFERENCE that restarts the
   * memory from it, in the same session tree. The text "use item N as reference" does the same
   * with item N (1-based) of the parent turn's ranking.
   */
  readonly useProductId?: string | null | undefined;
};

export type SessionFilter = {
  /** Created at or after. */
  readonly from?: string | null | undefined;
  /** Sessions with a turn that manipulated this attribute. */
  readonly manipulatedAttribute?: string | null | undefined;
  readonly maxTurns?: number | null | undefined;
  readonly minTurns?: number | null | undefined;
  /** Best outcome: an add-to-cart, else a click, else none. */
  readonly outcome?: SessionOutcome | null | undefined;
  /** Created before. */
  readonly to?: string | null | undefined;
  /** A variant id. */
  readonly variant?: string | null | undefined;
};

export type SessionOutcome =
  | 'ADDED_TO_CART'
  | 'CLICKED'
  | 'NONE';

/**
 * Exactly one of productId, attributes and text. From attributes, the reference is the served
 * product whose labels match the most values (ties: the first in the catalog) and the values it
 * lacks are applied in the start turn. Text is parsed with @atelier/parser against no reference;
 * the values it adds are used as attributes.
 */
export type StartSessionInput = {
  readonly attributes?: ReadonlyArray<AttributeValueInput> | null | undefined;
  /** Which products may be ranked; holds for later turns until a turn sets another. */
  readonly filter?: ProductFilterInput | null | undefined;
  /** Products ranked per turn, 1 to 100 (default 20); the reference product is never among them. */
  readonly k?: number | null | undefined;
  readonly productId?: string | null | undefined;
  readonly text?: string | null | undefined;
  /**
   * The shopper's id (1 to 200 characters). When an experiment is running, it assigns the shopper
   * a variant (the same one every time) whose manipulator serves the session. Omitted: anonymous,
   * never in an experiment.
   */
  readonly userId?: string | null | undefined;
};

export type TurnKind =
  | 'MANIPULATE'
  | 'REFERENCE'
  | 'START'
  | 'UNDO';

export type SessionsQueryVariables = Exact<{
  filter?: SessionFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SessionsQuery = { readonly sessions: { readonly edges: ReadonlyArray<{ readonly cursor: string, readonly node: { readonly id: string, readonly userId: string, readonly model: string, readonly variantId: string | null, readonly turnCount: number, readonly createdAt: string } }>, readonly pageInfo: { readonly hasNextPage: boolean, readonly endCursor: string | null } } };

export type SessionAggregatesQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionAggregatesQuery = { readonly sessionAggregates: { readonly sessions: number, readonly turns: number, readonly turnsToAddToCart: { readonly sessions: number, readonly mean: number | null, readonly median: number | null }, readonly zeroResultTurns: { readonly count: number, readonly share: number | null }, readonly topAttributes: ReadonlyArray<{ readonly attribute: string, readonly count: number }>, readonly latencyMs: { readonly p50: number | null, readonly p90: number | null, readonly p99: number | null } } };

export type SessionReplayQueryVariables = Exact<{
  id: string;
}>;


export type SessionReplayQuery = { readonly sessionReplay: { readonly session: { readonly id: string, readonly userId: string, readonly model: string, readonly variantId: string | null, readonly variant: string | null, readonly turnCount: number, readonly createdAt: string }, readonly turns: ReadonlyArray<{ readonly id: string, readonly parentId: string | null, readonly seq: number, readonly kind: TurnKind, readonly text: string | null, readonly manipulations: unknown, readonly rankedProductIds: ReadonlyArray<string>, readonly scores: ReadonlyArray<number>, readonly model: string, readonly latencyMs: number, readonly createdAt: string, readonly exposures: ReadonlyArray<{ readonly id: string, readonly variantId: string, readonly events: ReadonlyArray<{ readonly id: string, readonly kind: EventKind, readonly productId: string | null, readonly createdAt: string }> }> }> } | null };

export type ExperimentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExperimentsQuery = { readonly experiments: ReadonlyArray<{ readonly id: string, readonly key: string, readonly status: ExperimentStatus, readonly description: string, readonly createdAt: string, readonly variants: ReadonlyArray<{ readonly id: string, readonly key: string, readonly weight: number, readonly config: unknown }> }> };

export type ExperimentResultsQueryVariables = Exact<{
  key: string;
}>;


export type ExperimentResultsQuery = { readonly experimentResults: { readonly experiment: { readonly key: string, readonly status: ExperimentStatus }, readonly variants: ReadonlyArray<{ readonly variantId: string, readonly key: string, readonly control: boolean, readonly config: unknown, readonly exposures: number, readonly users: number, readonly addToCartsPerUser: number | null, readonly clicksPerExposure: number | null, readonly offline: unknown, readonly events: { readonly impression: number, readonly click: number, readonly like: number, readonly dislike: number, readonly addToCart: number }, readonly addToCartsWelch: { readonly unavailable: string | null, readonly controlMean: number | null, readonly treatmentMean: number | null, readonly difference: number | null, readonly confidenceInterval: ReadonlyArray<number> | null, readonly pValue: number | null } | null, readonly clicksPerExposureDelta: { readonly unavailable: string | null, readonly controlRatio: number | null, readonly treatmentRatio: number | null, readonly difference: number | null, readonly confidenceInterval: ReadonlyArray<number> | null, readonly pValue: number | null, readonly relativeDifference: number | null } | null }>, readonly sampleRatio: { readonly unavailable: string | null, readonly chiSquare: number | null, readonly pValue: number | null, readonly mismatch: boolean | null } } | null, readonly experimentTraffic: ReadonlyArray<{ readonly variantKey: string, readonly day: string, readonly exposures: number, readonly users: number }> };

export type OfflineEvaluationQueryVariables = Exact<{ [key: string]: never; }>;


export type OfflineEvaluationQuery = { readonly offlineEvaluation: unknown };

export type ProductCardFragment = { readonly id: string, readonly title: string, readonly price: number, readonly currency: string, readonly category: string, readonly imageUrl: string };

export type ValueFragment = { readonly attribute: string, readonly value: string };

export type TurnNodeFragment = { readonly id: string, readonly parentId: string | null, readonly kind: TurnKind, readonly text: string | null, readonly manipulations: unknown, readonly referenceProductId: string | null, readonly createdAt: string };

export type TurnFieldsFragment = { readonly latencyMs: number, readonly exposureId: string | null, readonly id: string, readonly parentId: string | null, readonly kind: TurnKind, readonly text: string | null, readonly manipulations: unknown, readonly referenceProductId: string | null, readonly createdAt: string, readonly requested: ReadonlyArray<{ readonly attribute: string, readonly value: string }>, readonly products: ReadonlyArray<{ readonly id: string, readonly score: number, readonly product: { readonly id: string, readonly title: string, readonly price: number, readonly currency: string, readonly category: string, readonly imageUrl: string } | null, readonly has: ReadonlyArray<{ readonly attribute: string, readonly value: string }>, readonly lacks: ReadonlyArray<{ readonly attribute: string, readonly value: string }> }> };

export type SessionSummaryFragment = { readonly id: string, readonly userId: string, readonly model: string, readonly variantId: string | null, readonly variant: string | null, readonly turnCount: number, readonly createdAt: string };

export type SessionTreeFragment = { readonly id: string, readonly userId: string, readonly model: string, readonly variantId: string | null, readonly variant: string | null, readonly turnCount: number, readonly createdAt: string, readonly currentTurn: { readonly id: string } | null, readonly turns: { readonly edges: ReadonlyArray<{ readonly node: { readonly id: string, readonly parentId: string | null, readonly kind: TurnKind, readonly text: string | null, readonly manipulations: unknown, readonly referenceProductId: string | null, readonly createdAt: string } }>, readonly pageInfo: { readonly hasNextPage: boolean, readonly endCursor: string | null } } };

export type TurnPageFragment = { readonly edges: ReadonlyArray<{ readonly node: { readonly id: string, readonly parentId: string | null, readonly kind: TurnKind, readonly text: string | null, readonly manipulations: unknown, readonly referenceProductId: string | null, readonly createdAt: string } }>, readonly pageInfo: { readonly hasNextPage: boolean, readonly endCursor: string | null } };

export type SessionTurnsPageQueryVariables = Exact<{
  token: string;
  after: string;
}>;


export type SessionTurnsPageQuery = { readonly session:
    | { readonly __typename: 'Session', readonly turns: { readonly edges: ReadonlyArray<{ readonly node: { readonly id: string, readonly parentId: string | null, readonly kind: TurnKind, readonly text: string | null, readonly manipulations: unknown, readonly referenceProductId: string | null, readonly createdAt: string } }>, readonly pageInfo: { readonly hasNextPage: boolean, readonly endCursor: string | null } } }
    | { readonly __typename: 'SessionNotFound' }
   };

export type SharedTurnsPageQueryVariables = Exact<{
  sessionId: string;
  after: string;
}>;


export type SharedTurnsPageQuery = { readonly sharedSession:
    | { readonly __typename: 'Session', readonly turns: { readonly edges: ReadonlyArray<{ readonly node: { readonly id: string, readonly parentId: string | null, readonly kind: TurnKind, readonly text: string | null, readonly manipulations: unknown, readonly referenceProductId: string | null, readonly createdAt: string } }>, readonly pageInfo: { readonly hasNextPage: boolean, readonly endCursor: string | null } } }
    | { readonly __typename: 'SessionNotFound' }
   };

export type TurnResultFragment = { readonly turn: { readonly latencyMs: number, readonly exposureId: string | null, readonly id: string, readonly parentId: string | null, readonly kind: TurnKind, readonly text: string | null, readonly manipulations: unknown, readonly referenceProductId: string | null, readonly createdAt: string, readonly requested: ReadonlyArray<{ readonly attribute: string, readonly value: string }>, readonly products: ReadonlyArray<{ readonly id: string, readonly score: number, readonly product: { readonly id: string, readonly title: string, readonly price: number, readonly currency: string, readonly category: string, readonly imageUrl: string } | null, readonly has: ReadonlyArray<{ readonly attribute: string, readonly value: string }>, readonly lacks: ReadonlyArray<{ readonly attribute: string, readonly value: string }> }> }, readonly session: { readonly id: string, readonly turnCount: number } };

export type ProductsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type ProductsQuery = { readonly products: { readonly totalCount: number, readonly edges: ReadonlyArray<{ readonly node: { readonly id: string, readonly title: string, readonly price: number, readonly currency: string, readonly category: string, readonly imageUrl: string } }>, readonly pageInfo: { readonly hasNextPage: boolean, readonly endCursor: string | null } } };

export type VocabularyQueryVariables = Exact<{ [key: string]: never; }>;


export type VocabularyQuery = { readonly vocabulary: ReadonlyArray<{ readonly name: string, readonly label: string, readonly values: ReadonlyArray<string> }> };

export type SessionQueryVariables = Exact<{
  token: string;
}>;


export type SessionQuery = { readonly session:
    | { readonly __typename: 'Session', readonly id: string, readonly userId: string, readonly model: string, readonly variantId: string | null, readonly variant: string | null, readonly turnCount: number, readonly createdAt: string, readonly currentTurn: { readonly id: string } | null, readonly turns: { readonly edges: ReadonlyArray<{ readonly node: { readonly id: string, readonly parentId: string | null, readonly kind: TurnKind, readonly text: string | null, readonly manipulations: unknown, readonly referenceProductId: string | null, readonly createdAt: string } }>, readonly pageInfo: { readonly hasNextPage: boolean, readonly endCursor: string | null } } }
    | { readonly __typename: 'SessionNotFound', readonly message: string }
   };

export type SessionTurnQueryVariables = Exact<{
  token: string;
  id: string;
}>;


export type SessionTurnQuery = { readonly session:
    | { readonly __typename: 'Session', readonly turn: { readonly latencyMs: number, readonly exposureId: string | null, readonly id: string, readonly parentId: string | null, readonly kind: TurnKind, readonly text: string | null, readonly manipulations: unknown, readonly referenceProductId: string | null, readonly createdAt: string, readonly requested: ReadonlyArray<{ readonly attribute: string, readonly value: string }>, readonly products: ReadonlyArray<{ readonly id: string, readonly score: number, readonly product: { readonly id: string, readonly title: string, readonly price: number, readonly currency: string, readonly category: string, readonly imageUrl: string } | null, readonly has: ReadonlyArray<{ readonly attribute: string, readonly value: string }>, readonly lacks: ReadonlyArray<{ readonly attribute: string, readonly value: string }> }> } | null }
    | { readonly __typename: 'SessionNotFound' }
   };

export type SharedTurnQueryVariables = Exact<{
  sessionId: string;
  id: string;
}>;


export type SharedTurnQuery = { readonly sharedSession:
    | { readonly __typename: 'Session', readonly turn: { readonly latencyMs: number, readonly exposureId: string | null, readonly id: string, readonly parentId: string | null, readonly kind: TurnKind, readonly text: string | null, readonly manipulations: unknown, readonly referenceProductId: string | null, readonly createdAt: string, readonly requested: ReadonlyArray<{ readonly attribute: string, readonly value: string }>, readonly products: ReadonlyArray<{ readonly id: string, readonly score: number, readonly product: { readonly id: string, readonly title: string, readonly price: number, readonly currency: string, readonly category: string, readonly imageUrl: string } | null, readonly has: ReadonlyArray<{ readonly attribute: string, readonly value: string }>, readonly lacks: ReadonlyArray<{ readonly attribute: string, readonly value: string }> }> } | null }
    | { readonly __typename: 'SessionNotFound' }
   };

export type SessionSummaryQueryVariables = Exact<{
  token: string;
}>;


export type SessionSummaryQuery = { readonly session:
    | { readonly __typename: 'Session', readonly id: string, readonly turnCount: number, readonly createdAt: string, readonly currentTurn: { readonly id: string, readonly text: string | null, readonly products: ReadonlyArray<{ readonly id: string, readonly product: { readonly title: string, readonly imageUrl: string } | null }> } | null }
    | { readonly __typename: 'SessionNotFound' }
   };

export type SharedSessionQueryVariables = Exact<{
  id: string;
}>;


export type SharedSessionQuery = { readonly sharedSession:
    | { readonly __typename: 'Session', readonly id: string, readonly userId: string, readonly model: string, readonly variantId: string | null, readonly variant: string | null, readonly turnCount: number, readonly createdAt: string, readonly currentTurn: { readonly id: string } | null, readonly turns: { readonly edges: ReadonlyArray<{ readonly node: { readonly id: string, readonly parentId: string | null, readonly kind: TurnKind, readonly text: string | null, readonly manipulations: unknown, readonly referenceProductId: string | null, readonly createdAt: string } }>, readonly pageInfo: { readonly hasNextPage: boolean, readonly endCursor: string | null } } }
    | { readonly __typename: 'SessionNotFound', readonly message: string }
   };

export type PreviewTurnQueryVariables = Exact<{
  input: PreviewTurnInput;
}>;


export type PreviewTurnQuery = { readonly previewTurn:
    | { readonly __typename: 'SessionNotFound', readonly message: string }
    | { readonly __typename: 'TurnPreview', readonly command: string | null, readonly understood: ReadonlyArray<string>, readonly reply: string | null, readonly manipulations: ReadonlyArray<{ readonly attribute: string, readonly remove: string | null, readonly add: string | null }> }
    | { readonly __typename: 'UnknownTurn', readonly message: string }
   };

export type StartSessionMutationVariables = Exact<{
  input: StartSessionInput;
}>;


export type StartSessionMutation = { readonly startSession:
    | { readonly __typename: 'NothingParsed', readonly reply: string, readonly message: string }
    | { readonly __typename: 'StartSessionPayload', readonly token: string, readonly variant: string | null, readonly session: { readonly id: string, readonly createdAt: string, readonly currentTurn: { readonly latencyMs: number, readonly exposureId: string | null, readonly id: string, readonly parentId: string | null, readonly kind: TurnKind, readonly text: string | null, readonly manipulations: unknown, readonly referenceProductId: string | null, readonly createdAt: string, readonly requested: ReadonlyArray<{ readonly attribute: string, readonly value: string }>, readonly products: ReadonlyArray<{ readonly id: string, readonly score: number, readonly product: { readonly id: string, readonly title: string, readonly price: number, readonly currency: string, readonly category: string, readonly imageUrl: string } | null, readonly has: ReadonlyArray<{ readonly attribute: string, readonly value: string }>, readonly lacks: ReadonlyArray<{ readonly attribute: string, readonly value: string }> }> } | null } }
    | { readonly __typename: 'UnknownAttribute', readonly message: string }
    | { readonly __typename: 'UnknownProduct', readonly message: string }
   };

export type SendTurnMutationVariables = Exact<{
  input: SendTurnInput;
}>;


export type SendTurnMutation = { readonly sendTurn:
    | { readonly __typename: 'NothingParsed', readonly reply: string, readonly message: string }
    | { readonly __typename: 'SessionNotFound', readonly message: string }
    | { readonly __typename: 'TurnPayload', readonly turn: { readonly latencyMs: number, readonly exposureId: string | null, readonly id: string, readonly parentId: string | null, readonly kind: TurnKind, readonly text: string | null, readonly manipulations: unknown, readonly referenceProductId: string | null, readonly createdAt: string, readonly requested: ReadonlyArray<{ readonly attribute: string, readonly value: string }>, readonly products: ReadonlyArray<{ readonly id: string, readonly score: number, readonly product: { readonly id: string, readonly title: string, readonly price: number, readonly currency: string, readonly category: string, readonly imageUrl: string } | null, readonly has: ReadonlyArray<{ readonly attribute: string, readonly value: string }>, readonly lacks: ReadonlyArray<{ readonly attribute: string, readonly value: string }> }> }, readonly session: { readonly id: string, readonly turnCount: number } }
    | { readonly __typename: 'UnknownAttribute', readonly message: string }
    | { readonly __typename: 'UnknownProduct', readonly message: string }
    | { readonly __typename: 'UnknownTurn', readonly message: string }
   };

export type UndoMutationVariables = Exact<{
  token: string;
  turnId?: string | null | undefined;
}>;


export type UndoMutation = { readonly undo:
    | { readonly __typename: 'NothingToUndo', readonly message: string }
    | { readonly __typename: 'SessionNotFound', readonly message: string }
    | { readonly __typename: 'TurnPayload', readonly turn: { readonly latencyMs: number, readonly exposureId: string | null, readonly id: string, readonly parentId: string | null, readonly kind: TurnKind, readonly text: string | null, readonly manipulations: unknown, readonly referenceProductId: string | null, readonly createdAt: string, readonly requested: ReadonlyArray<{ readonly attribute: string, readonly value: string }>, readonly products: ReadonlyArray<{ readonly id: string, readonly score: number, readonly product: { readonly id: string, readonly title: string, readonly price: number, readonly currency: string, readonly category: string, readonly imageUrl: string } | null, readonly has: ReadonlyArray<{ readonly attribute: string, readonly value: string }>, readonly lacks: ReadonlyArray<{ readonly attribute: string, readonly value: string }> }> }, readonly session: { readonly id: string, readonly turnCount: number } }
    | { readonly __typename: 'UnknownTurn', readonly message: string }
   };

export type RecordEventMutationVariables = Exact<{
  input: RecordEventInput;
}>;


export type RecordEventMutation = { readonly recordEvent:
    | { readonly __typename: 'EventRecorded' }
    | { readonly __typename: 'SessionNotFound', readonly message: string }
    | { readonly __typename: 'UnknownExposure', readonly message: string }
   };

export type ProductQueryVariables = Exact<{
  id: string;
}>;


export type ProductQuery = { readonly product: { readonly id: string, readonly title: string, readonly price: number, readonly currency: string, readonly category: string, readonly imageUrl: string } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SessionSummaryFragmentDoc = new TypedDocumentString(`
    fragment SessionSummary on Session {
  id
  userId
  model
  variantId
  variant
  turnCount
  createdAt
}
    `, {"fragmentName":"SessionSummary"}) as unknown as TypedDocumentString<SessionSummaryFragment, unknown>;
export const TurnNodeFragmentDoc = new TypedDocumentString(`
    fragment TurnNode on Turn {
  id
  parentId
  kind
  text
  manipulations
  referenceProductId
  createdAt
}
    `, {"fragmentName":"TurnNode"}) as unknown as TypedDocumentString<TurnNodeFragment, unknown>;
export const TurnPageFragmentDoc = new TypedDocumentString(`
    fragment TurnPage on TurnConnection {
  edges {
    node {
      ...TurnNode
    }
  }
  pageInfo {
    hasNextPage
    endCursor
  }
}
    fragment TurnNode on Turn {
  id
  parentId
  kind
  text
  manipulations
  referenceProductId
  createdAt
}`, {"fragmentName":"TurnPage"}) as unknown as TypedDocumentString<TurnPageFragment, unknown>;
export const SessionTreeFragmentDoc = new TypedDocumentString(`
    fragment SessionTree on Session {
  ...SessionSummary
  currentTurn {
    id
  }
  turns(first: 100) {
    ...TurnPage
  }
}
    fragment TurnNode on Turn {
  id
  parentId
  kind
  text
  manipulations
  referenceProductId
  createdAt
}
fragment SessionSummary on Session {
  id
  userId
  model
  variantId
  variant
  turnCount
  createdAt
}
fragment TurnPage on TurnConnection {
  edges {
    node {
      ...TurnNode
    }
  }
  pageInfo {
    hasNextPage
    endCursor
  }
}`, {"fragmentName":"SessionTree"}) as unknown as TypedDocumentString<SessionTreeFragment, unknown>;
export const ValueFragmentDoc = new TypedDocumentString(`
    fragment Value on AttributeValue {
  attribute
  value
}
    `, {"fragmentName":"Value"}) as unknown as TypedDocumentString<ValueFragment, unknown>;
export const ProductCardFragmentDoc = new TypedDocumentString(`
    fragment ProductCard on Product {
  id
  title
  price
  currency
  category
  imageUrl
}
    `, {"fragmentName":"ProductCard"}) as unknown as TypedDocumentString<ProductCardFragment, unknown>;
export const TurnFieldsFragmentDoc = new TypedDocumentString(`
    fragment TurnFields on Turn {
  ...TurnNode
  latencyMs
  exposureId
  requested {
    ...Value
  }
  products {
    id
    score
    product {
      ...ProductCard
    }
    has {
      ...Value
    }
    lacks {
      ...Value
    }
  }
}
    fragment ProductCard on Product {
  id
  title
  price
  currency
  category
  imageUrl
}
fragment Value on AttributeValue {
  attribute
  value
}
fragment TurnNode on Turn {
  id
  parentId
  kind
  text
  manipulations
  referenceProductId
  createdAt
}`, {"fragmentName":"TurnFields"}) as unknown as TypedDocumentString<TurnFieldsFragment, unknown>;
export const TurnResultFragmentDoc = new TypedDocumentString(`
    fragment TurnResult on TurnPayload {
  turn {
    ...TurnFields
  }
  session {
    id
    turnCount
  }
}
    fragment ProductCard on Product {
  id
  title
  price
  currency
  category
  imageUrl
}
fragment Value on AttributeValue {
  attribute
  value
}
fragment TurnNode on Turn {
  id
  parentId
  kind
  text
  manipulations
  referenceProductId
  createdAt
}
fragment TurnFields on Turn {
  ...TurnNode
  latencyMs
  exposureId
  requested {
    ...Value
  }
  products {
    id
    score
    product {
      ...ProductCard
    }
    has {
      ...Value
    }
    lacks {
      ...Value
    }
  }
}`, {"fragmentName":"TurnResult"}) as unknown as TypedDocumentString<TurnResultFragment, unknown>;
export const SessionsDocument = new TypedDocumentString(`
    query Sessions($filter: SessionFilter, $first: Int, $after: String) {
  sessions(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        userId
        model
        variantId
        turnCount
        createdAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<SessionsQuery, SessionsQueryVariables>;
export const SessionAggregatesDocument = new TypedDocumentString(`
    query SessionAggregates {
  sessionAggregates {
    sessions
    turns
    turnsToAddToCart {
      sessions
      mean
      median
    }
    zeroResultTurns {
      count
      share
    }
    topAttributes {
      attribute
      count
    }
    latencyMs {
      p50
      p90
      p99
    }
  }
}
    `) as unknown as TypedDocumentString<SessionAggregatesQuery, SessionAggregatesQueryVariables>;
export const SessionReplayDocument = new TypedDocumentString(`
    query SessionReplay($id: ID!) {
  sessionReplay(id: $id) {
    session {
      ...SessionSummary
    }
    turns {
      id
      parentId
      seq
      kind
      text
      manipulations
      rankedProductIds
      scores
      model
      latencyMs
      createdAt
      exposures {
        id
        variantId
        events {
          id
          kind
          productId
          createdAt
        }
      }
    }
  }
}
    fragment SessionSummary on Session {
  id
  userId
  model
  variantId
  variant
  turnCount
  createdAt
}`) as unknown as TypedDocumentString<SessionReplayQuery, SessionReplayQueryVariables>;
export const ExperimentsDocument = new TypedDocumentString(`
    query Experiments {
  experiments {
    id
    key
    status
    description
    createdAt
    variants {
      id
      key
      weight
      config
    }
  }
}
    `) as unknown as TypedDocumentString<ExperimentsQuery, ExperimentsQueryVariables>;
export const ExperimentResultsDocument = new TypedDocumentString(`
    query ExperimentResults($key: String!) {
  experimentResults(key: $key) {
    experiment {
      key
      status
    }
    variants {
      variantId
      key
      control
      config
      exposures
      users
      events {
        impression
        click
        like
        dislike
        addToCart
      }
      addToCartsPerUser
      clicksPerExposure
      offline
      addToCartsWelch {
        unavailable
        controlMean
        treatmentMean
        difference
        confidenceInterval
        pValue
      }
      clicksPerExposureDelta {
        unavailable
        controlRatio
        treatmentRatio
        difference
        confidenceInterval
        pValue
        relativeDifference
      }
    }
    sampleRatio {
      unavailable
      chiSquare
      pValue
      mismatch
    }
  }
  experimentTraffic(key: $key) {
    variantKey
    day
    exposures
    users
  }
}
    `) as unknown as TypedDocumentString<ExperimentResultsQuery, ExperimentResultsQueryVariables>;
export const OfflineEvaluationDocument = new TypedDocumentString(`
    query OfflineEvaluation {
  offlineEvaluation
}
    `) as unknown as TypedDocumentString<OfflineEvaluationQuery, OfflineEvaluationQueryVariables>;
export const SessionTurnsPageDocument = new TypedDocumentString(`
    query SessionTurnsPage($token: String!, $after: String!) {
  session(token: $token) {
    __typename
    ... on Session {
      turns(first: 100, after: $after) {
        ...TurnPage
      }
    }
  }
}
    fragment TurnNode on Turn {
  id
  parentId
  kind
  text
  manipulations
  referenceProductId
  createdAt
}
fragment TurnPage on TurnConnection {
  edges {
    node {
      ...TurnNode
    }
  }
  pageInfo {
    hasNextPage
    endCursor
  }
}`) as unknown as TypedDocumentString<SessionTurnsPageQuery, SessionTurnsPageQueryVariables>;
export const SharedTurnsPageDocument = new TypedDocumentString(`
    query SharedTurnsPage($sessionId: ID!, $after: String!) {
  sharedSession(id: $sessionId) {
    __typename
    ... on Session {
      turns(first: 100, after: $after) {
        ...TurnPage
      }
    }
  }
}
    fragment TurnNode on Turn {
  id
  parentId
  kind
  text
  manipulations
  referenceProductId
  createdAt
}
fragment TurnPage on TurnConnection {
  edges {
    node {
      ...TurnNode
    }
  }
  pageInfo {
    hasNextPage
    endCursor
  }
}`) as unknown as TypedDocumentString<SharedTurnsPageQuery, SharedTurnsPageQueryVariables>;
export const ProductsDocument = new TypedDocumentString(`
    query Products($first: Int, $after: String, $search: String) {
  products(first: $first, after: $after, search: $search) {
    edges {
      node {
        ...ProductCard
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    fragment ProductCard on Product {
  id
  title
  price
  currency
  category
  imageUrl
}`) as unknown as TypedDocumentString<ProductsQuery, ProductsQueryVariables>;
export const VocabularyDocument = new TypedDocumentString(`
    query Vocabulary {
  vocabulary {
    name
    label
    values
  }
}
    `) as unknown as TypedDocumentString<VocabularyQuery, VocabularyQueryVariables>;
export const SessionDocument = new TypedDocumentString(`
    query Session($token: String!) {
  session(token: $token) {
    __typename
    ...SessionTree
    ... on Failure {
      message
    }
  }
}
    fragment TurnNode on Turn {
  id
  parentId
  kind
  text
  manipulations
  referenceProductId
  createdAt
}
fragment SessionSummary on Session {
  id
  userId
  model
  variantId
  variant
  turnCount
  createdAt
}
fragment SessionTree on Session {
  ...SessionSummary
  currentTurn {
    id
  }
  turns(first: 100) {
    ...TurnPage
  }
}
fragment TurnPage on TurnConnection {
  edges {
    node {
      ...TurnNode
    }
  }
  pageInfo {
    hasNextPage
    endCursor
  }
}`) as unknown as TypedDocumentString<SessionQuery, SessionQueryVariables>;
export const SessionTurnDocument = new TypedDocumentString(`
    query SessionTurn($token: String!, $id: ID!) {
  session(token: $token) {
    __typename
    ... on Session {
      turn(id: $id) {
        ...TurnFields
      }
    }
  }
}
    fragment ProductCard on Product {
  id
  title
  price
  currency
  category
  imageUrl
}
fragment Value on AttributeValue {
  attribute
  value
}
fragment TurnNode on Turn {
  id
  parentId
  kind
  text
  manipulations
  referenceProductId
  createdAt
}
fragment TurnFields on Turn {
  ...TurnNode
  latencyMs
  exposureId
  requested {
    ...Value
  }
  products {
    id
    score
    product {
      ...ProductCard
    }
    has {
      ...Value
    }
    lacks {
      ...Value
    }
  }
}`) as unknown as TypedDocumentString<SessionTurnQuery, SessionTurnQueryVariables>;
export const SharedTurnDocument = new TypedDocumentString(`
    query SharedTurn($sessionId: ID!, $id: ID!) {
  sharedSession(id: $sessionId) {
    __typename
    ... on Session {
      turn(id: $id) {
        ...TurnFields
      }
    }
  }
}
    fragment ProductCard on Product {
  id
  title
  price
  currency
  category
  imageUrl
}
fragment Value on AttributeValue {
  attribute
  value
}
fragment TurnNode on Turn {
  id
  parentId
  kind
  text
  manipulations
  referenceProductId
  createdAt
}
fragment TurnFields on Turn {
  ...TurnNode
  latencyMs
  exposureId
  requested {
    ...Value
  }
  products {
    id
    score
    product {
      ...ProductCard
    }
    has {
      ...Value
    }
    lacks {
      ...Value
    }
  }
}`) as unknown as TypedDocumentString<SharedTurnQuery, SharedTurnQueryVariables>;
export const SessionSummaryDocument = new TypedDocumentString(`
    query SessionSummary($token: String!) {
  session(token: $token) {
    __typename
    ... on Session {
      id
      turnCount
      createdAt
      currentTurn {
        id
        text
        products {
          id
          product {
            title
            imageUrl
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SessionSummaryQuery, SessionSummaryQueryVariables>;
export const SharedSessionDocument = new TypedDocumentString(`
    query SharedSession($id: ID!) {
  sharedSession(id: $id) {
    __typename
    ...SessionTree
    ... on Failure {
      message
    }
  }
}
    fragment TurnNode on Turn {
  id
  parentId
  kind
  text
  manipulations
  referenceProductId
  createdAt
}
fragment SessionSummary on Session {
  id
  userId
  model
  variantId
  variant
  turnCount
  createdAt
}
fragment SessionTree on Session {
  ...SessionSummary
  currentTurn {
    id
  }
  turns(first: 100) {
    ...TurnPage
  }
}
fragment TurnPage on TurnConnection {
  edges {
    node {
      ...TurnNode
    }
  }
  pageInfo {
    hasNextPage
    endCursor
  }
}`) as unknown as TypedDocumentString<SharedSessionQuery, SharedSessionQueryVariables>;
export const PreviewTurnDocument = new TypedDocumentString(`
    query PreviewTurn($input: PreviewTurnInput!) {
  previewTurn(input: $input) {
    __typename
    ... on TurnPreview {
      manipulations {
        attribute
        remove
        add
      }
      command
      understood
      reply
    }
    ... on Failure {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PreviewTurnQuery, PreviewTurnQueryVariables>;
export const StartSessionDocument = new TypedDocumentString(`
    mutation StartSession($input: StartSessionInput!) {
  startSession(input: $input) {
    __typename
    ... on StartSessionPayload {
      token
      variant
      session {
        id
        createdAt
        currentTurn {
          ...TurnFields
        }
      }
    }
    ... on NothingParsed {
      reply
    }
    ... on Failure {
      message
    }
  }
}
    fragment ProductCard on Product {
  id
  title
  price
  currency
  category
  imageUrl
}
fragment Value on AttributeValue {
  attribute
  value
}
fragment TurnNode on Turn {
  id
  parentId
  kind
  text
  manipulations
  referenceProductId
  createdAt
}
fragment TurnFields on Turn {
  ...TurnNode
  latencyMs
  exposureId
  requested {
    ...Value
  }
  products {
    id
    score
    product {
      ...ProductCard
    }
    has {
      ...Value
    }
    lacks {
      ...Value
    }
  }
}`) as unknown as TypedDocumentString<StartSessionMutation, StartSessionMutationVariables>;
export const SendTurnDocument = new TypedDocumentString(`
    mutation SendTurn($input: SendTurnInput!) {
  sendTurn(input: $input) {
    __typename
    ...TurnResult
    ... on NothingParsed {
      reply
    }
    ... on Failure {
      message
    }
  }
}
    fragment ProductCard on Product {
  id
  title
  price
  currency
  category
  imageUrl
}
fragment Value on AttributeValue {
  attribute
  value
}
fragment TurnNode on Turn {
  id
  parentId
  kind
  text
  manipulations
  referenceProductId
  createdAt
}
fragment TurnFields on Turn {
  ...TurnNode
  latencyMs
  exposureId
  requested {
    ...Value
  }
  products {
    id
    score
    product {
      ...ProductCard
    }
    has {
      ...Value
    }
    lacks {
      ...Value
    }
  }
}
fragment TurnResult on TurnPayload {
  turn {
    ...TurnFields
  }
  session {
    id
    turnCount
  }
}`) as unknown as TypedDocumentString<SendTurnMutation, SendTurnMutationVariables>;
export const UndoDocument = new TypedDocumentString(`
    mutation Undo($token: String!, $turnId: ID) {
  undo(token: $token, turnId: $turnId) {
    __typename
    ...TurnResult
    ... on Failure {
      message
    }
  }
}
    fragment ProductCard on Product {
  id
  title
  price
  currency
  category
  imageUrl
}
fragment Value on AttributeValue {
  attribute
  value
}
fragment TurnNode on Turn {
  id
  parentId
  kind
  text
  manipulations
  referenceProductId
  createdAt
}
fragment TurnFields on Turn {
  ...TurnNode
  latencyMs
  exposureId
  requested {
    ...Value
  }
  products {
    id
    score
    product {
      ...ProductCard
    }
    has {
      ...Value
    }
    lacks {
      ...Value
    }
  }
}
fragment TurnResult on TurnPayload {
  turn {
    ...TurnFields
  }
  session {
    id
    turnCount
  }
}`) as unknown as TypedDocumentString<UndoMutation, UndoMutationVariables>;
export const RecordEventDocument = new TypedDocumentString(`
    mutation RecordEvent($input: RecordEventInput!) {
  recordEvent(input: $input) {
    __typename
    ... on Failure {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RecordEventMutation, RecordEventMutationVariables>;
export const ProductDocument = new TypedDocumentString(`
    query Product($id: ID!) {
  product(id: $id) {
    ...ProductCard
  }
}
    fragment ProductCard on Product {
  id
  title
  price
  currency
  category
  imageUrl
}`) as unknown as TypedDocumentString<ProductQuery, ProductQueryVariables>;