import { DateTimeResolver, JSONResolver } from "graphql-scalars";
import type { Resolvers } from "../generated/graphql.ts";
import { manipulationsOf, referenceOf } from "../reference.ts";

const byTypename = (obj: { __typename?: string }) => obj.__typename as never;
const KINDS = {
  start: "START",
  manipulate: "MANIPULATE",
  undo: "UNDO",
  reference: "REFERENCE",
} as const;

/** Resolvers only delegate to the session service on the context. */
export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  JSON: JSONResolver,
  Query: {
    session: (_, { token }, { sessions }) => sessions.session(token),
  },
  Mutation: {
    startSession: (_, { input }, { sessions }) => sessions.start(input),
    sendTurn: (_, { input }, { sessions }) => sessions.sendTurn(input),
    undo: (_, { token }, { sessions }) => sessions.undo(token),
  },
  Session: {
    id: ({ session }) => session.id,
    turns: ({ session }, page, { sessions }) => sessions.turns(session.id, page),
    currentTurn: ({ session }, _, { sessions }) => sessions.turn(session.id, session.currentTurnId),
  },
  Turn: {
    kind: (turn) => KINDS[turn.kind],
    text: (turn) => turn.inputText,
    manipulations: (turn) => manipulationsOf(turn),
    referenceProductId: (turn) => referenceOf(turn) ?? null,
    products: (turn, _, { sessions }) => sessions.products(turn),
    createdAt: (turn) => turn.createdAt,
  },
  SessionResult: { __resolveType: byTypename },
  StartSessionResult: { __resolveType: byTypename },
  SendTurnResult: { __resolveType: byTypename },
  UndoResult: { __resolveType: byTypename },
  Failure: { __resolveType: byTypename },
};
