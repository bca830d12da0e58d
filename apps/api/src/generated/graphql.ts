import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SessionModel, TurnModel, ProductModel, AttributeModel, RankedProductModel, TurnPreviewModel, SessionReplayModel, ReplayTurnModel, ReplayExposureModel, SessionAggregatesModel, ExperimentModel, VariantModel, ExperimentEventModel, ExperimentResultsModel, VariantResultModel, EventCountsModel, WelchComparisonModel, RatioComparisonModel, SampleRatioModel } from '../models.ts';
import type { ApiContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO 8601 date-time in UTC, e.g. 2026-01-31T12:00:00.000Z. */
  DateTime: { input: Date; output: Date; }
  /** Any JSON value. */
  JSON: { input: unknown; output: unknown; }
};

export type Attribute = {
  readonly __typename?: 'Attribute';
  /** For people, e.g. Sleeve length. */
  readonly label: Scalars['String']['output'];
  /** The key manipulations use, e.g. sleevelen. */
  readonly name: Scalars['String']['output'];
  readonly values: ReadonlyArray<Scalars['String']['output']>;
};

export type AttributeCount = {
  readonly __typename?: 'AttributeCount';
  readonly attribute: Scalars['String']['output'];
  readonly count: Scalars['Int']['output'];
};

export type AttributeValue = {
  readonly __typename?: 'AttributeValue';
  readonly attribute: Scalars['String']['output'];
  /** A value of the attribute; in requested, has and lacks, "none" means asked to remove. */
  readonly value: Scalars['String']['output'];
};

export type AttributeValueInput = {
  readonly attribute: Scalars['String']['input'];
  readonly value: Scalars['String']['input'];
};

export type CreateExperimentInput = {
  readonly description?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 64 of a-z, 0-9, _ and -. */
  readonly key: Scalars['String']['input'];
  /** Default DRAFT; only a RUNNING experiment assigns shoppers. */
  readonly status?: InputMaybe<ExperimentStatus>;
  /**
   * Assignment hashes experiment and user over the variants in key order; the first variant by
   * key is the control of the results.
   */
  readonly variants: ReadonlyArray<VariantInput>;
};

export type EventCounts = {
  readonly __typename?: 'EventCounts';
  readonly addToCart: Scalars['Int']['output'];
  readonly click: Scalars['Int']['output'];
  readonly dislike: Scalars['Int']['output'];
  readonly impression: Scalars['Int']['output'];
  readonly like: Scalars['Int']['output'];
};

export type EventKind =
  | 'ADD_TO_CART'
  | 'CLICK'
  | 'DISLIKE'
  | 'IMPRESSION'
  | 'LIKE';

export type EventRecorded = {
  readonly __typename?: 'EventRecorded';
  readonly event: ExperimentEvent;
};

export type Experiment = {
  readonly __typename?: 'Experiment';
  readonly createdAt: Scalars['DateTime']['output'];
  readonly description: Scalars['String']['output'];
  readonly id: Scalars['ID']['output'];
  readonly key: Scalars['String']['output'];
  readonly status: ExperimentStatus;
  /** By key. */
  readonly variants: ReadonlyArray<Variant>;
};

export type ExperimentEvent = {
  readonly __typename?: 'ExperimentEvent';
  readonly createdAt: Scalars['DateTime']['output'];
  readonly id: Scalars['ID']['output'];
  readonly kind: EventKind;
  readonly productId?: Maybe<Scalars['ID']['output']>;
};

export type ExperimentResults = {
  readonly __typename?: 'ExperimentResults';
  readonly experiment: Experiment;
  /** Chi-square test of users per variant against the weights. */
  readonly sampleRatio: SampleRatio;
  /** By key; the first is the control. */
  readonly variants: ReadonlyArray<VariantResult>;
};

export type ExperimentStatus =
  | 'DRAFT'
  | 'RUNNING'
  | 'STOPPED';

/** An expected failure, returned as a value. */
export type Failure = {
  readonly message: Scalars['String']['output'];
};

export type LatencyPercentiles = {
  readonly __typename?: 'LatencyPercentiles';
  readonly p50?: Maybe<Scalars['Float']['output']>;
  readonly p90?: Maybe<Scalars['Float']['output']>;
  readonly p99?: Maybe<Scalars['Float']['output']>;
};

export type Manipulation = {
  readonly __typename?: 'Manipulation';
  readonly add?: Maybe<Scalars['String']['output']>;
  readonly attribute: Scalars['String']['output'];
  readonly remove?: Maybe<Scalars['String']['output']>;
};

/** One attribute change: remove the old value, add the new one, or both. */
export type ManipulationInput = {
  readonly add?: InputMaybe<Scalars['String']['input']>;
  readonly attribute: Scalars['String']['input'];
  readonly remove?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  readonly __typename?: 'Mutation';
  /** Creates an experiment with its variants (admin). A taken key is BAD_USER_INPUT. */
  readonly createExperiment: Experiment;
  /** Records what the shopper did with a ranked list of their own session (session token). */
  readonly recordEvent: RecordEventResult;
  /** Applies text (parsed on the server) or structured manipulations to a turn of the session. */
  readonly sendTurn: SendTurnResult;
  /**
   * Starts a session from a catalog product, from attribute values or from text; returns the
   * session's token (shown only here).
   */
  readonly startSession: StartSessionResult;
  /**
   * Steps back one turn: appends a turn of kind UNDO beside the current one (its parent is the
   * current turn's parent) carrying that parent's state and ranking, and makes it current.
   */
  readonly undo: UndoResult;
};


export type MutationCreateExperimentArgs = {
  input: CreateExperimentInput;
};


export type MutationRecordEventArgs = {
  input: RecordEventInput;
};


export type MutationSendTurnArgs = {
  input: SendTurnInput;
};


export type MutationStartSessionArgs = {
  input: StartSessionInput;
};


export type MutationUndoArgs = {
  token: Scalars['String']['input'];
  turnId?: InputMaybe<Scalars['ID']['input']>;
};

export type NothingParsed = Failure & {
  readonly __typename?: 'NothingParsed';
  readonly message: Scalars['String']['output'];
  /** What to say to the shopper. */
  readonly reply: Scalars['String']['output'];
};

export type NothingToUndo = Failure & {
  readonly __typename?: 'NothingToUndo';
  readonly message: Scalars['String']['output'];
};

export type PageInfo = {
  readonly __typename?: 'PageInfo';
  readonly endCursor?: Maybe<Scalars['String']['output']>;
  readonly hasNextPage: Scalars['Boolean']['output'];
  readonly hasPreviousPage: Scalars['Boolean']['output'];
  readonly startCursor?: Maybe<Scalars['String']['output']>;
};

export type PreviewTurnInput = {
  /** The turn it would continue; omitted: the current one. */
  readonly parentTurnId?: InputMaybe<Scalars['ID']['input']>;
  /** Chat text, at most 500 characters. */
  readonly text: Scalars['String']['input'];
  readonly token: Scalars['String']['input'];
};

export type PreviewTurnResult = SessionNotFound | TurnPreview | UnknownTurn;

export type Product = {
  readonly __typename?: 'Product';
  /** The product's attribute values (missing attributes left out). */
  readonly attributes: ReadonlyArray<AttributeValue>;
  readonly category: Scalars['String']['output'];
  /** ISO 4217 code of price: EUR for the procedural catalog. */
  readonly currency: Scalars['String']['output'];
  readonly gender?: Maybe<Scalars['String']['output']>;
  readonly id: Scalars['ID']['output'];
  /** The rendered garment (SVG), a path on this server: /images/<id>.svg. */
  readonly imageUrl: Scalars['String']['output'];
  readonly inStock: Scalars['Boolean']['output'];
  /** In the currency named by currency (two decimals). */
  readonly price: Scalars['Float']['output'];
  readonly title: Scalars['String']['output'];
};

export type ProductConnection = {
  readonly __typename?: 'ProductConnection';
  readonly edges: ReadonlyArray<ProductEdge>;
  readonly pageInfo: PageInfo;
  readonly totalCount: Scalars['Int']['output'];
};

export type ProductEdge = {
  readonly __typename?: 'ProductEdge';
  /** Opaque. */
  readonly cursor: Scalars['String']['output'];
  readonly node: Product;
};

export type ProductFilter = {
  readonly __typename?: 'ProductFilter';
  readonly category?: Maybe<Scalars['String']['output']>;
  readonly gender?: Maybe<Scalars['String']['output']>;
  readonly inStock?: Maybe<Scalars['Boolean']['output']>;
  readonly maxPrice?: Maybe<Scalars['Float']['output']>;
  readonly minPrice?: Maybe<Scalars['Float']['output']>;
};

/**
 * Which products a turn may rank. Results keep their count (k) as long as that many products pass.
 * Prices are in the catalog's currency.
 */
export type ProductFilterInput = {
  /** A category value, any case, e.g. dress. */
  readonly category?: InputMaybe<Scalars['String']['input']>;
  /** A gender value, any case, e.g. female. */
  readonly gender?: InputMaybe<Scalars['String']['input']>;
  /** true: only products in stock. */
  readonly inStock?: InputMaybe<Scalars['Boolean']['input']>;
  readonly maxPrice?: InputMaybe<Scalars['Float']['input']>;
  readonly minPrice?: InputMaybe<Scalars['Float']['input']>;
};

/**
 * Shoppers' chat sessions over the catalog (issue 6, first slice). A session is a tree of turns;
 * every turn stores the memory state, the ranked products, its manipulations and latency, so any
 * replica can serve the next turn.
 */
export type Query = {
  readonly __typename?: 'Query';
  /** Per-variant results of an experiment (analyst); null when there is no such experiment. */
  readonly experimentResults?: Maybe<ExperimentResults>;
  /** Exposures and users per variant per UTC day (analyst); [] when there is no such experiment. */
  readonly experimentTraffic: ReadonlyArray<TrafficPoint>;
  /** Every experiment, newest first (analyst). */
  readonly experiments: ReadonlyArray<Experiment>;
  /**
   * The offline evaluation report of the default models (docs/results/results.json, written by
   * atelier eval --report), as written (analyst); null when absent.
   */
  readonly offlineEvaluation?: Maybe<Scalars['JSON']['output']>;
  /** What text would do as the session's next turn, without storing anything. */
  readonly previewTurn: PreviewTurnResult;
  /** A served product; null when there is none with this id. */
  readonly product?: Maybe<Product>;
  /** Served products in catalog order, for the start grid. */
  readonly products: ProductConnection;
  /** The session a token opens, with its whole turn tree. */
  readonly session: SessionResult;
  /** Aggregates over the sessions created in [from, to), of one variant if given (analyst). */
  readonly sessionAggregates: SessionAggregates;
  /** A session with every turn, the exposures of each and their events (analyst); null if none. */
  readonly sessionReplay?: Maybe<SessionReplay>;
  /** Sessions matching every given filter, newest first (analyst). */
  readonly sessions: SessionConnection;
  /** A session read-only by its id (share links): nothing can be changed with the id alone. */
  readonly sharedSession: SessionResult;
  /** Every attribute with its values, in the order manipulations name them. */
  readonly vocabulary: ReadonlyArray<Attribute>;
};


/**
 * Shoppers' chat sessions over the catalog (issue 6, first slice). A session is a tree of turns;
 * every turn stores the memory state, the ranked products, its manipulations and latency, so any
 * replica can serve the next turn.
 */
export type QueryExperimentResultsArgs = {
  key: Scalars['String']['input'];
};


/**
 * Shoppers' chat sessions over the catalog (issue 6, first slice). A session is a tree of turns;
 * every turn stores the memory state, the ranked products, its manipulations and latency, so any
 * replica can serve the next turn.
 */
export type QueryExperimentTrafficArgs = {
  key: Scalars['String']['input'];
};


/**
 * Shoppers' chat sessions over the catalog (issue 6, first slice). A session is a tree of turns;
 * every turn stores the memory state, the ranked products, its manipulations and latency, so any
 * replica can serve the next turn.
 */
export type QueryPreviewTurnArgs = {
  input: PreviewTurnInput;
};


/**
 * Shoppers' chat sessions over the catalog (issue 6, first slice). A session is a tree of turns;
 * every turn stores the memory state, the ranked products, its manipulations and latency, so any
 * replica can serve the next turn.
 */
export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Shoppers' chat sessions over the catalog (issue 6, first slice). A session is a tree of turns;
 * every turn stores the memory state, the ranked products, its manipulations and latency, so any
 * replica can serve the next turn.
 */
export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Shoppers' chat sessions over the catalog (issue 6, first slice). A session is a tree of turns;
 * every turn stores the memory state, the ranked products, its manipulations and latency, so any
 * replica can serve the next turn.
 */
export type QuerySessionArgs = {
  token: Scalars['String']['input'];
};


/**
 * Shoppers' chat sessions over the catalog (issue 6, first slice). A session is a tree of turns;
 * every turn stores the memory state, the ranked products, its manipulations and latency, so any
 * replica can serve the next turn.
 */
export type QuerySessionAggregatesArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  topAttributes?: InputMaybe<Scalars['Int']['input']>;
  variant?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Shoppers' chat sessions over the catalog (issue 6, first slice). A session is a tree of turns;
 * every turn stores the memory state, the ranked products, its manipulations and latency, so any
 * replica can serve the next turn.
 */
export type QuerySessionReplayArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Shoppers' chat sessions over the catalog (issue 6, first slice). A session is a tree of turns;
 * every turn stores the memory state, the ranked products, its manipulations and latency, so any
 * replica can serve the next turn.
 */
export type QuerySessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SessionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Shoppers' chat sessions over the catalog (issue 6, first slice). A session is a tree of turns;
 * every turn stores the memory state, the ranked products, its manipulations and latency, so any
 * replica can serve the next turn.
 */
export type QuerySharedSessionArgs = {
  id: Scalars['ID']['input'];
};

export type RankedProduct = {
  readonly __typename?: 'RankedProduct';
  /** The requested values (see Turn.requested) this product has. */
  readonly has: ReadonlyArray<AttributeValue>;
  readonly id: Scalars['ID']['output'];
  /** The requested values this product lacks. */
  readonly lacks: ReadonlyArray<AttributeValue>;
  /** The stored product; null if it left the catalog after this turn ranked it. */
  readonly product?: Maybe<Product>;
  /** Inner product of the query and the product's normalised features. */
  readonly score: Scalars['Float']['output'];
  readonly title: Scalars['String']['output'];
};

export type RatioComparison = {
  readonly __typename?: 'RatioComparison';
  readonly confidenceInterval?: Maybe<ReadonlyArray<Scalars['Float']['output']>>;
  readonly controlRatio?: Maybe<Scalars['Float']['output']>;
  readonly difference?: Maybe<Scalars['Float']['output']>;
  readonly pValue?: Maybe<Scalars['Float']['output']>;
  /** treatment / control - 1; null when the control ratio is 0. */
  readonly relativeDifference?: Maybe<Scalars['Float']['output']>;
  readonly treatmentRatio?: Maybe<Scalars['Float']['output']>;
  readonly unavailable?: Maybe<Scalars['String']['output']>;
};

export type RecordEventInput = {
  readonly exposureId: Scalars['ID']['input'];
  readonly kind: EventKind;
  /** Required except for IMPRESSION; must be in the exposure's ranked list. */
  readonly productId?: InputMaybe<Scalars['ID']['input']>;
  /** The session token: shoppers record events only on their own session's exposures. */
  readonly token: Scalars['String']['input'];
};

export type RecordEventResult = EventRecorded | SessionNotFound | UnknownExposure;

export type ReplayExposure = {
  readonly __typename?: 'ReplayExposure';
  readonly createdAt: Scalars['DateTime']['output'];
  readonly events: ReadonlyArray<ExperimentEvent>;
  readonly experimentId: Scalars['ID']['output'];
  readonly id: Scalars['ID']['output'];
  readonly variantId: Scalars['ID']['output'];
};

export type ReplayTurn = {
  readonly __typename?: 'ReplayTurn';
  readonly createdAt: Scalars['DateTime']['output'];
  readonly exposures: ReadonlyArray<ReplayExposure>;
  readonly id: Scalars['ID']['output'];
  readonly kind: TurnKind;
  readonly latencyMs: Scalars['Int']['output'];
  /** As stored, including a START or REFERENCE turn's { reference } entry. */
  readonly manipulations: Scalars['JSON']['output'];
  readonly model: Scalars['String']['output'];
  readonly parentId?: Maybe<Scalars['ID']['output']>;
  readonly rankedProductIds: ReadonlyArray<Scalars['ID']['output']>;
  readonly scores: ReadonlyArray<Scalars['Float']['output']>;
  readonly seq: Scalars['Int']['output'];
  readonly text?: Maybe<Scalars['String']['output']>;
};

export type SampleRatio = {
  readonly __typename?: 'SampleRatio';
  readonly chiSquare?: Maybe<Scalars['Float']['output']>;
  /** p below 0.001. */
  readonly mismatch?: Maybe<Scalars['Boolean']['output']>;
  readonly pValue?: Maybe<Scalars['Float']['output']>;
  readonly unavailable?: Maybe<Scalars['String']['output']>;
};

export type SendTurnInput = {
  /**
   * Stored as the turn's text without being parsed, beside manipulations (e.g. the message whose
   * previewed chips the shopper edited before sending); not with text. At most 500 characters.
   */
  readonly displayText?: InputMaybe<Scalars['String']['input']>;
  /**
   * A new filter for this turn and the ones after it (an empty one clears it); omitted: the filter
   * on the path to the parent turn.
   */
  readonly filter?: InputMaybe<ProductFilterInput>;
  /** Products ranked, 1 to 100 (default 20); the current reference is never among them. */
  readonly k?: InputMaybe<Scalars['Int']['input']>;
  readonly manipulations?: InputMaybe<ReadonlyArray<ManipulationInput>>;
  /** The turn to continue from (a branch); omitted: the session's current turn. */
  readonly parentTurnId?: InputMaybe<Scalars['ID']['input']>;
  /** Chat text, parsed with @atelier/parser. Either text or manipulations. */
  readonly text?: InputMaybe<Scalars['String']['input']>;
  readonly token: Scalars['String']['input'];
  /**
   * Use this product as the new reference: appends a turn of kind REFERENCE that restarts the
   * memory from it, in the same session tree. The text "use item N as reference" does the same
   * with item N (1-based) of the parent turn's ranking.
   */
  readonly useProductId?: InputMaybe<Scalars['ID']['input']>;
};

export type SendTurnResult = NothingParsed | SessionNotFound | TurnPayload | UnknownAttribute | UnknownProduct | UnknownTurn;

export type Session = {
  readonly __typename?: 'Session';
  readonly createdAt: Scalars['DateTime']['output'];
  readonly currentTurn?: Maybe<Turn>;
  readonly id: Scalars['ID']['output'];
  /**
   * The engine serving the session: its manipulator (mann or adde-m-fair), and @flat or @hnsw when
   * its experiment variant picked an index other than the server's, e.g. adde-m-fair@hnsw.
   */
  readonly model: Scalars['String']['output'];
  /** One turn of the session by id; null when it has none. */
  readonly turn?: Maybe<Turn>;
  readonly turnCount: Scalars['Int']['output'];
  /** Turns in the order stored (a Relay connection); parentId links them into a tree. */
  readonly turns: TurnConnection;
  readonly userId: Scalars['String']['output'];
  /** That variant's key, if any. */
  readonly variant?: Maybe<Scalars['String']['output']>;
  /** The experiment variant id the session was assigned to, if any. */
  readonly variantId?: Maybe<Scalars['ID']['output']>;
};


export type SessionTurnArgs = {
  id: Scalars['ID']['input'];
};


export type SessionTurnsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SessionAggregates = {
  readonly __typename?: 'SessionAggregates';
  readonly latencyMs: LatencyPercentiles;
  readonly sessions: Scalars['Int']['output'];
  readonly topAttributes: ReadonlyArray<AttributeCount>;
  readonly turns: Scalars['Int']['output'];
  readonly turnsToAddToCart: TurnsToAddToCart;
  readonly zeroResultTurns: ZeroResultTurns;
};

export type SessionConnection = {
  readonly __typename?: 'SessionConnection';
  readonly edges: ReadonlyArray<SessionEdge>;
  readonly pageInfo: PageInfo;
};

export type SessionEdge = {
  readonly __typename?: 'SessionEdge';
  /** Opaque. */
  readonly cursor: Scalars['String']['output'];
  readonly node: Session;
};

export type SessionFilter = {
  /** Created at or after. */
  readonly from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Sessions with a turn that manipulated this attribute. */
  readonly manipulatedAttribute?: InputMaybe<Scalars['String']['input']>;
  readonly maxTurns?: InputMaybe<Scalars['Int']['input']>;
  readonly minTurns?: InputMaybe<Scalars['Int']['input']>;
  /** Best outcome: an add-to-cart, else a click, else none. */
  readonly outcome?: InputMaybe<SessionOutcome>;
  /** Created before. */
  readonly to?: InputMaybe<Scalars['DateTime']['input']>;
  /** A variant id. */
  readonly variant?: InputMaybe<Scalars['ID']['input']>;
};

export type SessionNotFound = Failure & {
  readonly __typename?: 'SessionNotFound';
  readonly message: Scalars['String']['output'];
};

export type SessionOutcome =
  | 'ADDED_TO_CART'
  | 'CLICKED'
  | 'NONE';

export type SessionReplay = {
  readonly __typename?: 'SessionReplay';
  readonly session: Session;
  /** Every turn of the tree in stored order. */
  readonly turns: ReadonlyArray<ReplayTurn>;
};

export type SessionResult = Session | SessionNotFound;

/**
 * Exactly one of productId, attributes and text. From attributes, the reference is the served
 * product whose labels match the most values (ties: the first in the catalog) and the values it
 * lacks are applied in the start turn. Text is parsed with @atelier/parser against no reference;
 * the values it adds are used as attributes.
 */
export type StartSessionInput = {
  readonly attributes?: InputMaybe<ReadonlyArray<AttributeValueInput>>;
  /** Which products may be ranked; holds for later turns until a turn sets another. */
  readonly filter?: InputMaybe<ProductFilterInput>;
  /** Products ranked per turn, 1 to 100 (default 20); the reference product is never among them. */
  readonly k?: InputMaybe<Scalars['Int']['input']>;
  readonly productId?: InputMaybe<Scalars['ID']['input']>;
  readonly text?: InputMaybe<Scalars['String']['input']>;
  /**
   * The shopper's id (1 to 200 characters). When an experiment is running, it assigns the shopper
   * a variant (the same one every time) whose manipulator serves the session. Omitted: anonymous,
   * never in an experiment.
   */
  readonly userId?: InputMaybe<Scalars['String']['input']>;
};

export type StartSessionPayload = {
  readonly __typename?: 'StartSessionPayload';
  /** The exposure of the start turn's ranking (for recordEvent); null outside an experiment. */
  readonly exposureId?: Maybe<Scalars['ID']['output']>;
  readonly session: Session;
  readonly token: Scalars['String']['output'];
  /** The key of the variant the shopper was assigned to; null outside an experiment. */
  readonly variant?: Maybe<Scalars['String']['output']>;
};

export type StartSessionResult = NothingParsed | StartSessionPayload | UnknownAttribute | UnknownProduct;

export type TrafficPoint = {
  readonly __typename?: 'TrafficPoint';
  /** Midnight UTC of the day. */
  readonly day: Scalars['DateTime']['output'];
  readonly exposures: Scalars['Int']['output'];
  readonly users: Scalars['Int']['output'];
  readonly variantKey: Scalars['String']['output'];
};

export type Turn = {
  readonly __typename?: 'Turn';
  readonly createdAt: Scalars['DateTime']['output'];
  /** The exposure recorded for this turn's ranking (for recordEvent); null outside an experiment. */
  readonly exposureId?: Maybe<Scalars['ID']['output']>;
  /** The filter this turn was ranked under; null when none. */
  readonly filter?: Maybe<ProductFilter>;
  readonly id: Scalars['ID']['output'];
  readonly kind: TurnKind;
  readonly latencyMs: Scalars['Int']['output'];
  /** The attribute changes applied, as stored: [{ attribute, remove?, add? }]. */
  readonly manipulations: Scalars['JSON']['output'];
  readonly parentId?: Maybe<Scalars['ID']['output']>;
  /** Best first. */
  readonly products: ReadonlyArray<RankedProduct>;
  /** The product a START or REFERENCE turn started the memory from. */
  readonly referenceProductId?: Maybe<Scalars['ID']['output']>;
  /** The values asked for on the path to this turn since its reference product, one per attribute. */
  readonly requested: ReadonlyArray<AttributeValue>;
  readonly text?: Maybe<Scalars['String']['output']>;
};

export type TurnConnection = {
  readonly __typename?: 'TurnConnection';
  readonly edges: ReadonlyArray<TurnEdge>;
  readonly pageInfo: PageInfo;
  readonly totalCount: Scalars['Int']['output'];
};

export type TurnEdge = {
  readonly __typename?: 'TurnEdge';
  /** Opaque. */
  readonly cursor: Scalars['String']['output'];
  readonly node: Turn;
};

export type TurnKind =
  | 'MANIPULATE'
  | 'REFERENCE'
  | 'START'
  | 'UNDO';

export type TurnPayload = {
  readonly __typename?: 'TurnPayload';
  /** The exposure of this turn's ranking (for recordEvent); null outside an experiment. */
  readonly exposureId?: Maybe<Scalars['ID']['output']>;
  readonly session: Session;
  readonly turn: Turn;
};

export type TurnPreview = {
  readonly __typename?: 'TurnPreview';
  /** undo, start-over, show-more or reference; null when the text holds no command. */
  readonly command?: Maybe<Scalars['String']['output']>;
  readonly manipulations: ReadonlyArray<Manipulation>;
  /** What to tell the shopper when something was not understood; null otherwise. */
  readonly reply?: Maybe<Scalars['String']['output']>;
  /** What was understood, one phrase each, e.g. color: Navy. */
  readonly understood: ReadonlyArray<Scalars['String']['output']>;
};

/** Over sessions that reached an add-to-cart: seq of the first turn whose list got one. */
export type TurnsToAddToCart = {
  readonly __typename?: 'TurnsToAddToCart';
  readonly mean?: Maybe<Scalars['Float']['output']>;
  readonly median?: Maybe<Scalars['Float']['output']>;
  readonly sessions: Scalars['Int']['output'];
};

export type UndoResult = NothingToUndo | SessionNotFound | TurnPayload | UnknownTurn;

export type UnknownAttribute = Failure & {
  readonly __typename?: 'UnknownAttribute';
  readonly message: Scalars['String']['output'];
};

export type UnknownExposure = Failure & {
  readonly __typename?: 'UnknownExposure';
  readonly exposureId: Scalars['ID']['output'];
  readonly message: Scalars['String']['output'];
};

export type UnknownProduct = Failure & {
  readonly __typename?: 'UnknownProduct';
  readonly message: Scalars['String']['output'];
  readonly productId: Scalars['ID']['output'];
};

export type UnknownTurn = Failure & {
  readonly __typename?: 'UnknownTurn';
  readonly message: Scalars['String']['output'];
  readonly turnId: Scalars['ID']['output'];
};

export type Variant = {
  readonly __typename?: 'Variant';
  readonly config: Scalars['JSON']['output'];
  readonly id: Scalars['ID']['output'];
  readonly key: Scalars['String']['output'];
  readonly weight: Scalars['Int']['output'];
};

export type VariantInput = {
  /**
   * What the arm runs: { manipulator: "mann" | "adde-m-fair", index?: "flat" | "hnsw", ranking?:
   * "similarity" | "requested-first" } (another or no manipulator runs the MANN; no index, the
   * server's own; no ranking, similarity).
   */
  readonly config: Scalars['JSON']['input'];
  readonly key: Scalars['String']['input'];
  /** A positive integer: the relative share of assignments. */
  readonly weight: Scalars['Int']['input'];
};

export type VariantResult = {
  readonly __typename?: 'VariantResult';
  readonly addToCartsPerUser?: Maybe<Scalars['Float']['output']>;
  /** Welch's t-test on per-user add-to-carts, this variant minus control; null for the control. */
  readonly addToCartsWelch?: Maybe<WelchComparison>;
  readonly clicksPerExposure?: Maybe<Scalars['Float']['output']>;
  /** Delta method on clicks per exposure, this variant minus control; null for the control. */
  readonly clicksPerExposureDelta?: Maybe<RatioComparison>;
  readonly config: Scalars['JSON']['output'];
  readonly control: Scalars['Boolean']['output'];
  readonly events: EventCounts;
  readonly exposures: Scalars['Int']['output'];
  readonly key: Scalars['String']['output'];
  /**
   * The offline evaluation rows of the model this variant serves (per task: top-k accuracy and
   * NDCG@30), from the committed report; [] when it has none.
   */
  readonly offline: Scalars['JSON']['output'];
  /** Distinct users with an exposure. */
  readonly users: Scalars['Int']['output'];
  readonly variantId: Scalars['ID']['output'];
};

/** Null statistics come with the reason (too few users, no variance). */
export type WelchComparison = {
  readonly __typename?: 'WelchComparison';
  readonly confidenceInterval?: Maybe<ReadonlyArray<Scalars['Float']['output']>>;
  readonly controlMean?: Maybe<Scalars['Float']['output']>;
  readonly degreesOfFreedom?: Maybe<Scalars['Float']['output']>;
  readonly difference?: Maybe<Scalars['Float']['output']>;
  readonly pValue?: Maybe<Scalars['Float']['output']>;
  readonly treatmentMean?: Maybe<Scalars['Float']['output']>;
  readonly unavailable?: Maybe<Scalars['String']['output']>;
};

export type ZeroResultTurns = {
  readonly __typename?: 'ZeroResultTurns';
  readonly count: Scalars['Int']['output'];
  /** Null when there are no turns. */
  readonly share?: Maybe<Scalars['Float']['output']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  PreviewTurnResult:
    | ( SessionNotFound )
    | ( TurnPreviewModel )
    | ( UnknownTurn )
  ;
  RecordEventResult:
    | ( Omit<EventRecorded, 'event'> & { event: _RefType['ExperimentEvent'] } )
    | ( SessionNotFound )
    | ( UnknownExposure )
  ;
  SendTurnResult:
    | ( NothingParsed )
    | ( SessionNotFound )
    | ( Omit<TurnPayload, 'session' | 'turn'> & { session: _RefType['Session'], turn: _RefType['Turn'] } )
    | ( UnknownAttribute )
    | ( UnknownProduct )
    | ( UnknownTurn )
  ;
  SessionResult:
    | ( SessionModel )
    | ( SessionNotFound )
  ;
  StartSessionResult:
    | ( NothingParsed )
    | ( Omit<StartSessionPayload, 'session'> & { session: _RefType['Session'] } )
    | ( UnknownAttribute )
    | ( UnknownProduct )
  ;
  UndoResult:
    | ( NothingToUndo )
    | ( SessionNotFound )
    | ( Omit<TurnPayload, 'session' | 'turn'> & { session: _RefType['Session'], turn: _RefType['Turn'] } )
    | ( UnknownTurn )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Failure:
    | ( NothingParsed )
    | ( NothingToUndo )
    | ( SessionNotFound )
    | ( UnknownAttribute )
    | ( UnknownExposure )
    | ( UnknownProduct )
    | ( UnknownTurn )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Attribute: ResolverTypeWrapper<AttributeModel>;
  AttributeCount: ResolverTypeWrapper<AttributeCount>;
  AttributeValue: ResolverTypeWrapper<AttributeValue>;
  AttributeValueInput: AttributeValueInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreateExperimentInput: CreateExperimentInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EventCounts: ResolverTypeWrapper<EventCountsModel>;
  EventKind: EventKind;
  EventRecorded: ResolverTypeWrapper<Omit<EventRecorded, 'event'> & { event: ResolversTypes['ExperimentEvent'] }>;
  Experiment: ResolverTypeWrapper<ExperimentModel>;
  ExperimentEvent: ResolverTypeWrapper<ExperimentEventModel>;
  ExperimentResults: ResolverTypeWrapper<ExperimentResultsModel>;
  ExperimentStatus: ExperimentStatus;
  Failure: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Failure']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LatencyPercentiles: ResolverTypeWrapper<LatencyPercentiles>;
  Manipulation: ResolverTypeWrapper<Manipulation>;
  ManipulationInput: ManipulationInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NothingParsed: ResolverTypeWrapper<NothingParsed>;
  NothingToUndo: ResolverTypeWrapper<NothingToUndo>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PreviewTurnInput: PreviewTurnInput;
  PreviewTurnResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PreviewTurnResult']>;
  Product: ResolverTypeWrapper<ProductModel>;
  ProductConnection: ResolverTypeWrapper<Omit<ProductConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['ProductEdge']> }>;
  ProductEdge: ResolverTypeWrapper<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>;
  ProductFilter: ResolverTypeWrapper<ProductFilter>;
  ProductFilterInput: ProductFilterInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RankedProduct: ResolverTypeWrapper<RankedProductModel>;
  RatioComparison: ResolverTypeWrapper<RatioComparisonModel>;
  RecordEventInput: RecordEventInput;
  RecordEventResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RecordEventResult']>;
  ReplayExposure: ResolverTypeWrapper<ReplayExposureModel>;
  ReplayTurn: ResolverTypeWrapper<ReplayTurnModel>;
  SampleRatio: ResolverTypeWrapper<SampleRatioModel>;
  SendTurnInput: SendTurnInput;
  SendTurnResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SendTurnResult']>;
  Session: ResolverTypeWrapper<SessionModel>;
  SessionAggregates: ResolverTypeWrapper<SessionAggregatesModel>;
  SessionConnection: ResolverTypeWrapper<Omit<SessionConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['SessionEdge']> }>;
  SessionEdge: ResolverTypeWrapper<Omit<SessionEdge, 'node'> & { node: ResolversTypes['Session'] }>;
  SessionFilter: SessionFilter;
  SessionNotFound: ResolverTypeWrapper<SessionNotFound>;
  SessionOutcome: SessionOutcome;
  SessionReplay: ResolverTypeWrapper<SessionReplayModel>;
  SessionResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SessionResult']>;
  StartSessionInput: StartSessionInput;
  StartSessionPayload: ResolverTypeWrapper<Omit<StartSessionPayload, 'session'> & { session: ResolversTypes['Session'] }>;
  StartSessionResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['StartSessionResult']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TrafficPoint: ResolverTypeWrapper<TrafficPoint>;
  Turn: ResolverTypeWrapper<TurnModel>;
  TurnConnection: ResolverTypeWrapper<Omit<TurnConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['TurnEdge']> }>;
  TurnEdge: ResolverTypeWrapper<Omit<TurnEdge, 'node'> & { node: ResolversTypes['Turn'] }>;
  TurnKind: TurnKind;
  TurnPayload: ResolverTypeWrapper<Omit<TurnPayload, 'session' | 'turn'> & { session: ResolversTypes['Session'], turn: ResolversTypes['Turn'] }>;
  TurnPreview: ResolverTypeWrapper<TurnPreviewModel>;
  TurnsToAddToCart: ResolverTypeWrapper<TurnsToAddToCart>;
  UndoResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UndoResult']>;
  UnknownAttribute: ResolverTypeWrapper<UnknownAttribute>;
  UnknownExposure: ResolverTypeWrapper<UnknownExposure>;
  UnknownProduct: ResolverTypeWrapper<UnknownProduct>;
  UnknownTurn: ResolverTypeWrapper<UnknownTurn>;
  Variant: ResolverTypeWrapper<VariantModel>;
  VariantInput: VariantInput;
  VariantResult: ResolverTypeWrapper<VariantResultModel>;
  WelchComparison: ResolverTypeWrapper<WelchComparisonModel>;
  ZeroResultTurns: ResolverTypeWrapper<ZeroResultTurns>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Attribute: AttributeModel;
  AttributeCount: AttributeCount;
  AttributeValue: AttributeValue;
  AttributeValueInput: AttributeValueInput;
  Boolean: Scalars['Boolean']['output'];
  CreateExperimentInput: CreateExperimentInput;
  DateTime: Scalars['DateTime']['output'];
  EventCounts: EventCountsModel;
  EventRecorded: Omit<EventRecorded, 'event'> & { event: ResolversParentTypes['ExperimentEvent'] };
  Experiment: ExperimentModel;
  ExperimentEvent: ExperimentEventModel;
  ExperimentResults: ExperimentResultsModel;
  Failure: ResolversInterfaceTypes<ResolversParentTypes>['Failure'];
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  LatencyPercentiles: LatencyPercentiles;
  Manipulation: Manipulation;
  ManipulationInput: ManipulationInput;
  Mutation: Record<PropertyKey, never>;
  NothingParsed: NothingParsed;
  NothingToUndo: NothingToUndo;
  PageInfo: PageInfo;
  PreviewTurnInput: PreviewTurnInput;
  PreviewTurnResult: ResolversUnionTypes<ResolversParentTypes>['PreviewTurnResult'];
  Product: ProductModel;
  ProductConnection: Omit<ProductConnection, 'edges'> & { edges: ReadonlyArray<ResolversParentTypes['ProductEdge']> };
  ProductEdge: Omit<ProductEdge, 'node'> & { node: ResolversParentTypes['Product'] };
  ProductFilter: ProductFilter;
  ProductFilterInput: ProductFilterInput;
  Query: Record<PropertyKey, never>;
  RankedProduct: RankedProductModel;
  RatioComparison: RatioComparisonModel;
  RecordEventInput: RecordEventInput;
  RecordEventResult: ResolversUnionTypes<ResolversParentTypes>['RecordEventResult'];
  ReplayExposure: ReplayExposureModel;
  ReplayTurn: ReplayTurnModel;
  SampleRatio: SampleRatioModel;
  SendTurnInput: SendTurnInput;
  SendTurnResult: ResolversUnionTypes<ResolversParentTypes>['SendTurnResult'];
  Session: SessionModel;
  SessionAggregates: SessionAggregatesModel;
  SessionConnection: Omit<SessionConnection, 'edges'> & { edges: ReadonlyArray<ResolversParentTypes['SessionEdge']> };
  SessionEdge: Omit<SessionEdge, 'node'> & { node: ResolversParentTypes['Session'] };
  SessionFilter: SessionFilter;
  SessionNotFound: SessionNotFound;
  SessionReplay: SessionReplayModel;
  SessionResult: ResolversUnionTypes<ResolversParentTypes>['SessionResult'];
  StartSessionInput: StartSessionInput;
  StartSessionPayload: Omit<StartSessionPayload, 'session'> & { session: ResolversParentTypes['Session'] };
  StartSessionResult: ResolversUnionTypes<ResolversParentTypes>['StartSessionResult'];
  String: Scalars['String']['output'];
  TrafficPoint: TrafficPoint;
  Turn: TurnModel;
  TurnConnection: Omit<TurnConnection, 'edges'> & { edges: ReadonlyArray<ResolversParentTypes['TurnEdge']> };
  TurnEdge: Omit<TurnEdge, 'node'> & { node: ResolversParentTypes['Turn'] };
  TurnPayload: Omit<TurnPayload, 'session' | 'turn'> & { session: ResolversParentTypes['Session'], turn: ResolversParentTypes['Turn'] };
  TurnPreview: TurnPreviewModel;
  TurnsToAddToCart: TurnsToAddToCart;
  UndoResult: ResolversUnionTypes<ResolversParentTypes>['UndoResult'];
  UnknownAttribute: UnknownAttribute;
  UnknownExposure: UnknownExposure;
  UnknownProduct: UnknownProduct;
  UnknownTurn: UnknownTurn;
  Variant: VariantModel;
  VariantInput: VariantInput;
  VariantResult: VariantResultModel;
  WelchComparison: WelchComparisonModel;
  ZeroResultTurns: ZeroResultTurns;
};

export type AttributeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Attribute'] = ResolversParentTypes['Attribute']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  values?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AttributeCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AttributeCount'] = ResolversParentTypes['AttributeCount']> = {
  attribute?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AttributeValueResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AttributeValue'] = ResolversParentTypes['AttributeValue']> = {
  attribute?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EventCountsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EventCounts'] = ResolversParentTypes['EventCounts']> = {
  addToCart?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  click?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dislike?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  impression?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  like?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EventRecordedResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EventRecorded'] = ResolversParentTypes['EventRecorded']> = {
  event?: Resolver<ResolversTypes['ExperimentEvent'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ExperimentResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Experiment'] = ResolversParentTypes['Experiment']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ExperimentStatus'], ParentType, ContextType>;
  variants?: Resolver<ReadonlyArray<ResolversTypes['Variant']>, ParentType, ContextType>;
};

export type ExperimentEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ExperimentEvent'] = ResolversParentTypes['ExperimentEvent']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  productId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type ExperimentResultsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ExperimentResults'] = ResolversParentTypes['ExperimentResults']> = {
  experiment?: Resolver<ResolversTypes['Experiment'], ParentType, ContextType>;
  sampleRatio?: Resolver<ResolversTypes['SampleRatio'], ParentType, ContextType>;
  variants?: Resolver<ReadonlyArray<ResolversTypes['VariantResult']>, ParentType, ContextType>;
};

export type FailureResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Failure'] = ResolversParentTypes['Failure']> = {
  __resolveType: TypeResolveFn<'NothingParsed' | 'NothingToUndo' | 'SessionNotFound' | 'UnknownAttribute' | 'UnknownExposure' | 'UnknownProduct' | 'UnknownTurn', ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LatencyPercentilesResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LatencyPercentiles'] = ResolversParentTypes['LatencyPercentiles']> = {
  p50?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p90?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p99?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ManipulationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Manipulation'] = ResolversParentTypes['Manipulation']> = {
  add?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  attribute?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  remove?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createExperiment?: Resolver<ResolversTypes['Experiment'], ParentType, ContextType, RequireFields<MutationCreateExperimentArgs, 'input'>>;
  recordEvent?: Resolver<ResolversTypes['RecordEventResult'], ParentType, ContextType, RequireFields<MutationRecordEventArgs, 'input'>>;
  sendTurn?: Resolver<ResolversTypes['SendTurnResult'], ParentType, ContextType, RequireFields<MutationSendTurnArgs, 'input'>>;
  startSession?: Resolver<ResolversTypes['StartSessionResult'], ParentType, ContextType, RequireFields<MutationStartSessionArgs, 'input'>>;
  undo?: Resolver<ResolversTypes['UndoResult'], ParentType, ContextType, RequireFields<MutationUndoArgs, 'token'>>;
};

export type NothingParsedResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NothingParsed'] = ResolversParentTypes['NothingParsed']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reply?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NothingToUndoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NothingToUndo'] = ResolversParentTypes['NothingToUndo']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PreviewTurnResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PreviewTurnResult'] = ResolversParentTypes['PreviewTurnResult']> = {
  __resolveType: TypeResolveFn<'SessionNotFound' | 'TurnPreview' | 'UnknownTurn', ParentType, ContextType>;
};

export type ProductResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = {
  attributes?: Resolver<ReadonlyArray<ResolversTypes['AttributeValue']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gender?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imageUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inStock?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProductConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ProductConnection'] = ResolversParentTypes['ProductConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['ProductEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProductEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ProductEdge'] = ResolversParentTypes['ProductEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
};

export type ProductFilterResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ProductFilter'] = ResolversParentTypes['ProductFilter']> = {
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gender?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inStock?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  maxPrice?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  minPrice?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  experimentResults?: Resolver<Maybe<ResolversTypes['ExperimentResults']>, ParentType, ContextType, RequireFields<QueryExperimentResultsArgs, 'key'>>;
  experimentTraffic?: Resolver<ReadonlyArray<ResolversTypes['TrafficPoint']>, ParentType, ContextType, RequireFields<QueryExperimentTrafficArgs, 'key'>>;
  experiments?: Resolver<ReadonlyArray<ResolversTypes['Experiment']>, ParentType, ContextType>;
  offlineEvaluation?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  previewTurn?: Resolver<ResolversTypes['PreviewTurnResult'], ParentType, ContextType, RequireFields<QueryPreviewTurnArgs, 'input'>>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductArgs, 'id'>>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, RequireFields<QueryProductsArgs, 'first'>>;
  session?: Resolver<ResolversTypes['SessionResult'], ParentType, ContextType, RequireFields<QuerySessionArgs, 'token'>>;
  sessionAggregates?: Resolver<ResolversTypes['SessionAggregates'], ParentType, ContextType, Partial<QuerySessionAggregatesArgs>>;
  sessionReplay?: Resolver<Maybe<ResolversTypes['SessionReplay']>, ParentType, ContextType, RequireFields<QuerySessionReplayArgs, 'id'>>;
  sessions?: Resolver<ResolversTypes['SessionConnection'], ParentType, ContextType, RequireFields<QuerySessionsArgs, 'first'>>;
  sharedSession?: Resolver<ResolversTypes['SessionResult'], ParentType, ContextType, RequireFields<QuerySharedSessionArgs, 'id'>>;
  vocabulary?: Resolver<ReadonlyArray<ResolversTypes['Attribute']>, ParentType, ContextType>;
};

export type RankedProductResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RankedProduct'] = ResolversParentTypes['RankedProduct']> = {
  has?: Resolver<ReadonlyArray<ResolversTypes['AttributeValue']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lacks?: Resolver<ReadonlyArray<ResolversTypes['AttributeValue']>, ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RatioComparisonResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RatioComparison'] = ResolversParentTypes['RatioComparison']> = {
  confidenceInterval?: Resolver<Maybe<ReadonlyArray<ResolversTypes['Float']>>, ParentType, ContextType>;
  controlRatio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  difference?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  pValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  relativeDifference?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  treatmentRatio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unavailable?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RecordEventResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RecordEventResult'] = ResolversParentTypes['RecordEventResult']> = {
  __resolveType: TypeResolveFn<'EventRecorded' | 'SessionNotFound' | 'UnknownExposure', ParentType, ContextType>;
};

export type ReplayExposureResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReplayExposure'] = ResolversParentTypes['ReplayExposure']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  events?: Resolver<ReadonlyArray<ResolversTypes['ExperimentEvent']>, ParentType, ContextType>;
  experimentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  variantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ReplayTurnResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReplayTurn'] = ResolversParentTypes['ReplayTurn']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  exposures?: Resolver<ReadonlyArray<ResolversTypes['ReplayExposure']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TurnKind'], ParentType, ContextType>;
  latencyMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  manipulations?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  model?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  rankedProductIds?: Resolver<ReadonlyArray<ResolversTypes['ID']>, ParentType, ContextType>;
  scores?: Resolver<ReadonlyArray<ResolversTypes['Float']>, ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SampleRatioResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SampleRatio'] = ResolversParentTypes['SampleRatio']> = {
  chiSquare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  mismatch?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  pValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unavailable?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SendTurnResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SendTurnResult'] = ResolversParentTypes['SendTurnResult']> = {
  __resolveType: TypeResolveFn<'NothingParsed' | 'SessionNotFound' | 'TurnPayload' | 'UnknownAttribute' | 'UnknownProduct' | 'UnknownTurn', ParentType, ContextType>;
};

export type SessionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currentTurn?: Resolver<Maybe<ResolversTypes['Turn']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  model?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  turn?: Resolver<Maybe<ResolversTypes['Turn']>, ParentType, ContextType, RequireFields<SessionTurnArgs, 'id'>>;
  turnCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  turns?: Resolver<ResolversTypes['TurnConnection'], ParentType, ContextType, RequireFields<SessionTurnsArgs, 'first'>>;
  userId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  variant?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  variantId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SessionAggregatesResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SessionAggregates'] = ResolversParentTypes['SessionAggregates']> = {
  latencyMs?: Resolver<ResolversTypes['LatencyPercentiles'], ParentType, ContextType>;
  sessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topAttributes?: Resolver<ReadonlyArray<ResolversTypes['AttributeCount']>, ParentType, ContextType>;
  turns?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  turnsToAddToCart?: Resolver<ResolversTypes['TurnsToAddToCart'], ParentType, ContextType>;
  zeroResultTurns?: Resolver<ResolversTypes['ZeroResultTurns'], ParentType, ContextType>;
};

export type SessionConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SessionConnection'] = ResolversParentTypes['SessionConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['SessionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SessionEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SessionEdge'] = ResolversParentTypes['SessionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Session'], ParentType, ContextType>;
};

export type SessionNotFoundResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SessionNotFound'] = ResolversParentTypes['SessionNotFound']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SessionReplayResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SessionReplay'] = ResolversParentTypes['SessionReplay']> = {
  session?: Resolver<ResolversTypes['Session'], ParentType, ContextType>;
  turns?: Resolver<ReadonlyArray<ResolversTypes['ReplayTurn']>, ParentType, ContextType>;
};

export type SessionResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SessionResult'] = ResolversParentTypes['SessionResult']> = {
  __resolveType: TypeResolveFn<'Session' | 'SessionNotFound', ParentType, ContextType>;
};

export type StartSessionPayloadResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StartSessionPayload'] = ResolversParentTypes['StartSessionPayload']> = {
  exposureId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  session?: Resolver<ResolversTypes['Session'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  variant?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StartSessionResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StartSessionResult'] = ResolversParentTypes['StartSessionResult']> = {
  __resolveType: TypeResolveFn<'NothingParsed' | 'StartSessionPayload' | 'UnknownAttribute' | 'UnknownProduct', ParentType, ContextType>;
};

export type TrafficPointResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TrafficPoint'] = ResolversParentTypes['TrafficPoint']> = {
  day?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  exposures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  users?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  variantKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TurnResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Turn'] = ResolversParentTypes['Turn']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  exposureId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  filter?: Resolver<Maybe<ResolversTypes['ProductFilter']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TurnKind'], ParentType, ContextType>;
  latencyMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  manipulations?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  products?: Resolver<ReadonlyArray<ResolversTypes['RankedProduct']>, ParentType, ContextType>;
  referenceProductId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  requested?: Resolver<ReadonlyArray<ResolversTypes['AttributeValue']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TurnConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TurnConnection'] = ResolversParentTypes['TurnConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['TurnEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TurnEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TurnEdge'] = ResolversParentTypes['TurnEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Turn'], ParentType, ContextType>;
};

export type TurnPayloadResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TurnPayload'] = ResolversParentTypes['TurnPayload']> = {
  exposureId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  session?: Resolver<ResolversTypes['Session'], ParentType, ContextType>;
  turn?: Resolver<ResolversTypes['Turn'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TurnPreviewResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TurnPreview'] = ResolversParentTypes['TurnPreview']> = {
  command?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  manipulations?: Resolver<ReadonlyArray<ResolversTypes['Manipulation']>, ParentType, ContextType>;
  reply?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  understood?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TurnsToAddToCartResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TurnsToAddToCart'] = ResolversParentTypes['TurnsToAddToCart']> = {
  mean?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  median?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UndoResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['UndoResult'] = ResolversParentTypes['UndoResult']> = {
  __resolveType: TypeResolveFn<'NothingToUndo' | 'SessionNotFound' | 'TurnPayload' | 'UnknownTurn', ParentType, ContextType>;
};

export type UnknownAttributeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['UnknownAttribute'] = ResolversParentTypes['UnknownAttribute']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UnknownExposureResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['UnknownExposure'] = ResolversParentTypes['UnknownExposure']> = {
  exposureId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UnknownProductResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['UnknownProduct'] = ResolversParentTypes['UnknownProduct']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UnknownTurnResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['UnknownTurn'] = ResolversParentTypes['UnknownTurn']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  turnId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type VariantResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Variant'] = ResolversParentTypes['Variant']> = {
  config?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VariantResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['VariantResult'] = ResolversParentTypes['VariantResult']> = {
  addToCartsPerUser?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  addToCartsWelch?: Resolver<Maybe<ResolversTypes['WelchComparison']>, ParentType, ContextType>;
  clicksPerExposure?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  clicksPerExposureDelta?: Resolver<Maybe<ResolversTypes['RatioComparison']>, ParentType, ContextType>;
  config?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  control?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['EventCounts'], ParentType, ContextType>;
  exposures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offline?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  users?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  variantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type WelchComparisonResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['WelchComparison'] = ResolversParentTypes['WelchComparison']> = {
  confidenceInterval?: Resolver<Maybe<ReadonlyArray<ResolversTypes['Float']>>, ParentType, ContextType>;
  controlMean?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  degreesOfFreedom?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  difference?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  pValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  treatmentMean?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unavailable?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ZeroResultTurnsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ZeroResultTurns'] = ResolversParentTypes['ZeroResultTurns']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  Attribute?: AttributeResolvers<ContextType>;
  AttributeCount?: AttributeCountResolvers<ContextType>;
  AttributeValue?: AttributeValueResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  EventCounts?: EventCountsResolvers<ContextType>;
  EventRecorded?: EventRecordedResolvers<ContextType>;
  Experiment?: ExperimentResolvers<ContextType>;
  ExperimentEvent?: ExperimentEventResolvers<ContextType>;
  ExperimentResults?: ExperimentResultsResolvers<ContextType>;
  Failure?: FailureResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LatencyPercentiles?: LatencyPercentilesResolvers<ContextType>;
  Manipulation?: ManipulationResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NothingParsed?: NothingParsedResolvers<ContextType>;
  NothingToUndo?: NothingToUndoResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PreviewTurnResult?: PreviewTurnResultResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  ProductFilter?: ProductFilterResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RankedProduct?: RankedProductResolvers<ContextType>;
  RatioComparison?: RatioComparisonResolvers<ContextType>;
  RecordEventResult?: RecordEventResultResolvers<ContextType>;
  ReplayExposure?: ReplayExposureResolvers<ContextType>;
  ReplayTurn?: ReplayTurnResolvers<ContextType>;
  SampleRatio?: SampleRatioResolvers<ContextType>;
  SendTurnResult?: SendTurnResultResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  SessionAggregates?: SessionAggregatesResolvers<ContextType>;
  SessionConnection?: SessionConnectionResolvers<ContextType>;
  SessionEdge?: SessionEdgeResolvers<ContextType>;
  SessionNotFound?: SessionNotFoundResolvers<ContextType>;
  SessionReplay?: SessionReplayResolvers<ContextType>;
  SessionResult?: SessionResultResolvers<ContextType>;
  StartSessionPayload?: StartSessionPayloadResolvers<ContextType>;
  StartSessionResult?: StartSessionResultResolvers<ContextType>;
  TrafficPoint?: TrafficPointResolvers<ContextType>;
  Turn?: TurnResolvers<ContextType>;
  TurnConnection?: TurnConnectionResolvers<ContextType>;
  TurnEdge?: TurnEdgeResolvers<ContextType>;
  TurnPayload?: TurnPayloadResolvers<ContextType>;
  TurnPreview?: TurnPreviewResolvers<ContextType>;
  TurnsToAddToCart?: TurnsToAddToCartResolvers<ContextType>;
  UndoResult?: UndoResultResolvers<ContextType>;
  UnknownAttribute?: UnknownAttributeResolvers<ContextType>;
  UnknownExposure?: UnknownExposureResolvers<ContextType>;
  UnknownProduct?: UnknownProductResolvers<ContextType>;
  UnknownTurn?: UnknownTurnResolvers<ContextType>;
  Variant?: VariantResolvers<ContextType>;
  VariantResult?: VariantResultResolvers<ContextType>;
  WelchComparison?: WelchComparisonResolvers<ContextType>;
  ZeroResultTurns?: ZeroResultTurnsResolvers<ContextType>;
};

