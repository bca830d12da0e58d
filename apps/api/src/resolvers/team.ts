import type { SessionOutcome } from "@atelier/db";
import type { SessionOutcome as GqlOutcome, Resolvers } from "../generated/graphql.ts";
import { TURN_KINDS } from "./sessions.ts";

const OUTCOMES: Record<GqlOutcome, SessionOutcome> = {
  ADDED_TO_CART: "added_to_cart",
  CLICKED: "clicked",
  NONE: "none",
};

/** Product-team reads: every field checks the analyst role before delegating. */
export const teamResolvers: Resolvers = {
  Query: {
    async sessions(_, { filter, first, after }, { access, analytics }) {
      await access.require("analyst");
      const { outcome, ...rest } = filter ?? {};
      return analytics.sessions(
        { ...rest, outcome: outcome ? OUTCOMES[outcome] : null },
        { first, after },
      );
    },
    async sessionReplay(_, { id }, { access, analytics }) {
      await access.require("analyst");
      return analytics.replay(id);
    },
    async sessionAggregates(_, args, { access, analytics }) {
      await access.require("analyst");
      return analytics.aggregates(args);
    },
  },
  ReplayTurn: {
    kind: (turn) => TURN_KINDS[turn.kind],
    text: (turn) => turn.inputText,
    manipulations: (turn) => turn.manipulations,
  },
};
