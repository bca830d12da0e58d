import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SessionModel, TurnModel } from '../models.ts';
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

export type AttributeValueInput = {
  readonly attribute: Scalars['String']['input'];
  readonly value: Scalars['String']['input'];
};

/** An expected failure, returned as a value. */
export type Failure = {
  readonly message: Scalars['String']['output'];
};

/** One attribute change: remove the old value, add the new one, or both. */
export type ManipulationInput = {
  readonly add?: InputMaybe<Scalars['String']['input']>;
  readonly attribute: Scalars['String']['input'];
  readonly remove?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  readonly __typename?: 'Mutation';
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


export type MutationSendTurnArgs = {
  input: SendTurnInput;
};


export type MutationStartSessionArgs = {
  input: StartSessionInput;
};


export type MutationUndoArgs = {
  token: Scalars['String']['input'];
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

/**
 * Shoppers' chat sessions over the catalog (issue 6, first slice). A session is a tree of turns;
 * every turn stores the memory state, the ranked products, its manipulations and latency, so any
 * replica can serve the next turn.
 */
export type Query = {
  readonly __typename?: 'Query';
  /** The session a token opens, with its whole turn tree. */
  readonly session: SessionResult;
};


/**
 * Shoppers' chat sessions over the catalog (issue 6, first slice). A session is a tree of turns;
 * every turn stores the memory state, the ranked products, its manipulations and latency, so any
 * replica can serve the next turn.
 */
export type QuerySessionArgs = {
  token: Scalars['String']['input'];
};

export type RankedProduct = {
  readonly __typename?: 'RankedProduct';
  readonly id: Scalars['ID']['output'];
  /** Inner product of the query and the product's normalised features. */
  readonly score: Scalars['Float']['output'];
  readonly title: Scalars['String']['output'];
};

export type SendTurnInput = {
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
  readonly currentTurn?: Maybe<Turn>;
  readonly id: Scalars['ID']['output'];
  /** Turns in the order stored (a Relay connection); parentId links them into a tree. */
  readonly turns: TurnConnection;
};


export type SessionTurnsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SessionNotFound = Failure & {
  readonly __typename?: 'SessionNotFound';
  readonly message: Scalars['String']['output'];
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
  /** Products ranked per turn, 1 to 100 (default 20); the reference product is never among them. */
  readonly k?: InputMaybe<Scalars['Int']['input']>;
  readonly productId?: InputMaybe<Scalars['ID']['input']>;
  readonly text?: InputMaybe<Scalars['String']['input']>;
};

export type StartSessionPayload = {
  readonly __typename?: 'StartSessionPayload';
  readonly session: Session;
  readonly token: Scalars['String']['output'];
};

export type StartSessionResult = NothingParsed | StartSessionPayload | UnknownAttribute | UnknownProduct;

export type Turn = {
  readonly __typename?: 'Turn';
  readonly createdAt: Scalars['DateTime']['output'];
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
  readonly session: Session;
  readonly turn: Turn;
};

export type UndoResult = NothingToUndo | SessionNotFound | TurnPayload;

export type UnknownAttribute = Failure & {
  readonly __typename?: 'UnknownAttribute';
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
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Failure:
    | ( NothingParsed )
    | ( NothingToUndo )
    | ( SessionNotFound )
    | ( UnknownAttribute )
    | ( UnknownProduct )
    | ( UnknownTurn )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AttributeValueInput: AttributeValueInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Failure: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Failure']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  ManipulationInput: ManipulationInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NothingParsed: ResolverTypeWrapper<NothingParsed>;
  NothingToUndo: ResolverTypeWrapper<NothingToUndo>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RankedProduct: ResolverTypeWrapper<RankedProduct>;
  SendTurnInput: SendTurnInput;
  SendTurnResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SendTurnResult']>;
  Session: ResolverTypeWrapper<SessionModel>;
  SessionNotFound: ResolverTypeWrapper<SessionNotFound>;
  SessionResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SessionResult']>;
  StartSessionInput: StartSessionInput;
  StartSessionPayload: ResolverTypeWrapper<Omit<StartSessionPayload, 'session'> & { session: ResolversTypes['Session'] }>;
  StartSessionResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['StartSessionResult']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Turn: ResolverTypeWrapper<TurnModel>;
  TurnConnection: ResolverTypeWrapper<Omit<TurnConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['TurnEdge']> }>;
  TurnEdge: ResolverTypeWrapper<Omit<TurnEdge, 'node'> & { node: ResolversTypes['Turn'] }>;
  TurnKind: TurnKind;
  TurnPayload: ResolverTypeWrapper<Omit<TurnPayload, 'session' | 'turn'> & { session: ResolversTypes['Session'], turn: ResolversTypes['Turn'] }>;
  UndoResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UndoResult']>;
  UnknownAttribute: ResolverTypeWrapper<UnknownAttribute>;
  UnknownProduct: ResolverTypeWrapper<UnknownProduct>;
  UnknownTurn: ResolverTypeWrapper<UnknownTurn>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AttributeValueInput: AttributeValueInput;
  Boolean: Scalars['Boolean']['output'];
  DateTime: Scalars['DateTime']['output'];
  Failure: ResolversInterfaceTypes<ResolversParentTypes>['Failure'];
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  ManipulationInput: ManipulationInput;
  Mutation: Record<PropertyKey, never>;
  NothingParsed: NothingParsed;
  NothingToUndo: NothingToUndo;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RankedProduct: RankedProduct;
  SendTurnInput: SendTurnInput;
  SendTurnResult: ResolversUnionTypes<ResolversParentTypes>['SendTurnResult'];
  Session: SessionModel;
  SessionNotFound: SessionNotFound;
  SessionResult: ResolversUnionTypes<ResolversParentTypes>['SessionResult'];
  StartSessionInput: StartSessionInput;
  StartSessionPayload: Omit<StartSessionPayload, 'session'> & { session: ResolversParentTypes['Session'] };
  StartSessionResult: ResolversUnionTypes<ResolversParentTypes>['StartSessionResult'];
  String: Scalars['String']['output'];
  Turn: TurnModel;
  TurnConnection: Omit<TurnConnection, 'edges'> & { edges: ReadonlyArray<ResolversParentTypes['TurnEdge']> };
  TurnEdge: Omit<TurnEdge, 'node'> & { node: ResolversParentTypes['Turn'] };
  TurnPayload: Omit<TurnPayload, 'session' | 'turn'> & { session: ResolversParentTypes['Session'], turn: ResolversParentTypes['Turn'] };
  UndoResult: ResolversUnionTypes<ResolversParentTypes>['UndoResult'];
  UnknownAttribute: UnknownAttribute;
  UnknownProduct: UnknownProduct;
  UnknownTurn: UnknownTurn;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FailureResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Failure'] = ResolversParentTypes['Failure']> = {
  __resolveType: TypeResolveFn<'NothingParsed' | 'NothingToUndo' | 'SessionNotFound' | 'UnknownAttribute' | 'UnknownProduct' | 'UnknownTurn', ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
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

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  session?: Resolver<ResolversTypes['SessionResult'], ParentType, ContextType, RequireFields<QuerySessionArgs, 'token'>>;
};

export type RankedProductResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RankedProduct'] = ResolversParentTypes['RankedProduct']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SendTurnResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SendTurnResult'] = ResolversParentTypes['SendTurnResult']> = {
  __resolveType: TypeResolveFn<'NothingParsed' | 'SessionNotFound' | 'TurnPayload' | 'UnknownAttribute' | 'UnknownProduct' | 'UnknownTurn', ParentType, ContextType>;
};

export type SessionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session']> = {
  currentTurn?: Resolver<Maybe<ResolversTypes['Turn']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  turns?: Resolver<ResolversTypes['TurnConnection'], ParentType, ContextType, RequireFields<SessionTurnsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SessionNotFoundResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SessionNotFound'] = ResolversParentTypes['SessionNotFound']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SessionResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SessionResult'] = ResolversParentTypes['SessionResult']> = {
  __resolveType: TypeResolveFn<'Session' | 'SessionNotFound', ParentType, ContextType>;
};

export type StartSessionPayloadResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StartSessionPayload'] = ResolversParentTypes['StartSessionPayload']> = {
  session?: Resolver<ResolversTypes['Session'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StartSessionResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StartSessionResult'] = ResolversParentTypes['StartSessionResult']> = {
  __resolveType: TypeResolveFn<'NothingParsed' | 'StartSessionPayload' | 'UnknownAttribute' | 'UnknownProduct', ParentType, ContextType>;
};

export type TurnResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Turn'] = ResolversParentTypes['Turn']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TurnKind'], ParentType, ContextType>;
  latencyMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  manipulations?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  products?: Resolver<ReadonlyArray<ResolversTypes['RankedProduct']>, ParentType, ContextType>;
  referenceProductId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
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
  session?: Resolver<ResolversTypes['Session'], ParentType, ContextType>;
  turn?: Resolver<ResolversTypes['Turn'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UndoResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['UndoResult'] = ResolversParentTypes['UndoResult']> = {
  __resolveType: TypeResolveFn<'NothingToUndo' | 'SessionNotFound' | 'TurnPayload', ParentType, ContextType>;
};

export type UnknownAttributeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['UnknownAttribute'] = ResolversParentTypes['UnknownAttribute']> = {
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

export type Resolvers<ContextType = ApiContext> = {
  DateTime?: GraphQLScalarType;
  Failure?: FailureResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  NothingParsed?: NothingParsedResolvers<ContextType>;
  NothingToUndo?: NothingToUndoResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RankedProduct?: RankedProductResolvers<ContextType>;
  SendTurnResult?: SendTurnResultResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  SessionNotFound?: SessionNotFoundResolvers<ContextType>;
  SessionResult?: SessionResultResolvers<ContextType>;
  StartSessionPayload?: StartSessionPayloadResolvers<ContextType>;
  StartSessionResult?: StartSessionResultResolvers<ContextType>;
  Turn?: TurnResolvers<ContextType>;
  TurnConnection?: TurnConnectionResolvers<ContextType>;
  TurnEdge?: TurnEdgeResolvers<ContextType>;
  TurnPayload?: TurnPayloadResolvers<ContextType>;
  UndoResult?: UndoResultResolvers<ContextType>;
  UnknownAttribute?: UnknownAttributeResolvers<ContextType>;
  UnknownProduct?: UnknownProductResolvers<ContextType>;
  UnknownTurn?: UnknownTurnResolvers<ContextType>;
};

