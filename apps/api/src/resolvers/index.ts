import type { Resolvers } from "../generated/graphql.ts";
import { manipulationsOf } from "../session-service.ts";

const byTypename = (obj: { __typename?: string }) => obj.__typename as never;
const KINDS = {
  start: "START",
  manipulate: "MANIPULATE",
  undo: "UNDO",
  reference: "REFERENCE",
} as const;

/** Resolvers only delegate to the session service on the context. */
export const resolvers: Resolvers = {
  Query: {
    session: (_, { token }, { sessions }) => sessions.session(token),
  },
  Mutation: {
    startSession: (_, { input }, { sessions }) => sessions.start(input.productId),
    sendTurn: (_, { input }, { sessions }) => sessions.sendTurn(input),
    undo: (_, { token }, { sessions }) => sessions.undo(token),
  },
  Session: {
    id: ({ session }) => session.id,
    turns: ({ session }, _, { sessions }) => sessions.turns(session.id),
    currentTurn: ({ session }, _, { sessions }) => sessions.turn(session.currentTurnId),
  },
  Turn: {
    kind: (turn) => KINDS[turn.kind],
    text: (turn) => turn.inputText,
    manipulations: (turn) => manipulationsOf(turn),
    products: (turn, _, { sessions }) => sessions.products(turn),
    createdAt: (turn) => turn.createdAt.toISOString(),
  },
  SessionResult: { __resolveType: byTypename },
  StartSessionResult: { __resolveType: byTypename },
  SendTurnResult: { __resolveType: byTypename },
  UndoResult: { __resolveType: byTypename },
  Failure: { __resolveType: byTypename },
};
