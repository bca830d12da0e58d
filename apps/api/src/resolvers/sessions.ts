import type { Resolvers } from "../generated/graphql.ts";
import { manipulationsOf, referenceOf } from "../reference.ts";

export const TURN_KINDS = {
  start: "START",
  manipulate: "MANIPULATE",
  undo: "UNDO",
  reference: "REFERENCE",
} as const;

/** Shoppers' sessions and turns: reached by the session token only. */
export const sessionResolvers: Resolvers = {
  Query: {
    session: (_, { token }, { sessions }) => sessions.session(token),
    sharedSession: (_, { id }, { sessions }) => sessions.shared(id),
    previewTurn: (_, { input }, { sessions }) => sessions.preview(input),
  },
  Mutation: {
    startSession: (_, { input }, { sessions }) => sessions.start(input),
    sendTurn: (_, { input }, { sessions }) => sessions.sendTurn(input),
    undo: (_, { token, turnId }, { sessions }) => sessions.undo(token, turnId),
  },
  Session: {
    id: ({ session }) => session.id,
    userId: ({ session }) => session.userId,
    model: ({ session }) => session.model,
    variantId: ({ session }) => session.variantId,
    variant: ({ session }, _, { sessions }) => sessions.variantKey(session.variantId),
    turnCount: ({ session }) => session.turnCount,
    createdAt: ({ session }) => session.createdAt,
    turns: ({ session }, page, { sessions }) => sessions.turns(session, page),
    currentTurn: ({ session }, _, { sessions }) => sessions.turn(session.id, session.currentTurnId),
    turn: ({ session }, { id }, { sessions }) => sessions.turn(session.id, id),
  },
  Turn: {
    kind: (turn) => TURN_KINDS[turn.kind],
    text: (turn) => turn.inputText,
    manipulations: (turn) => manipulationsOf(turn),
    referenceProductId: (turn) => referenceOf(turn) ?? null,
    products: (turn, _, { sessions }) => sessions.products(turn),
    requested: (turn, _, { sessions }) => sessions.requested(turn),
    filter: (turn, _, { sessions }) => sessions.filter(turn),
    exposureId: (turn, _, { sessions }) => sessions.exposureOf(turn),
    createdAt: (turn) => turn.createdAt,
  },
};
