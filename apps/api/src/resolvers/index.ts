import { DateTimeResolver, JSONResolver } from "graphql-scalars";
import type { Resolvers } from "../generated/graphql.ts";
import { catalogResolvers } from "./catalog.ts";
import { experimentResolvers } from "./experiments.ts";
import { sessionResolvers } from "./sessions.ts";
import { teamResolvers } from "./team.ts";

const byTypename = (obj: { __typename?: string }) => obj.__typename as never;

/** One resolver map per area, merged; resolvers only delegate to services on the context. */
export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  JSON: JSONResolver,
  Query: {
    ...sessionResolvers.Query,
    ...catalogResolvers.Query,
    ...teamResolvers.Query,
    ...experimentResolvers.Query,
  },
  Mutation: {
    ...sessionResolvers.Mutation,
    ...experimentResolvers.Mutation,
  },
  Session: sessionResolvers.Session,
  Turn: sessionResolvers.Turn,
  Product: catalogResolvers.Product,
  RankedProduct: catalogResolvers.RankedProduct,
  Attribute: catalogResolvers.Attribute,
  ReplayTurn: teamResolvers.ReplayTurn,
  Experiment: experimentResolvers.Experiment,
  ExperimentEvent: experimentResolvers.ExperimentEvent,
  VariantResult: experimentResolvers.VariantResult,
  EventCounts: experimentResolvers.EventCounts,
  WelchComparison: experimentResolvers.WelchComparison,
  RatioComparison: experimentResolvers.RatioComparison,
  SampleRatio: experimentResolvers.SampleRatio,
  SessionResult: { __resolveType: byTypename },
  StartSessionResult: { __resolveType: byTypename },
  SendTurnResult: { __resolveType: byTypename },
  UndoResult: { __resolveType: byTypename },
  PreviewTurnResult: { __resolveType: byTypename },
  RecordEventResult: { __resolveType: byTypename },
  Failure: { __resolveType: byTypename },
};
