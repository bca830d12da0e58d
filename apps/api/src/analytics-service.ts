/**
 * Product-team reads (issue 6, item 4) over @atelier/db: sessions as a Relay connection, a
 * session's replay, aggregates. Access is checked by the resolvers; malformed filters come back
 * as BAD_USER_INPUT (the database refuses them before reading).
 */
import type { ChatSession, Db, SessionOutcome } from "@atelier/db";
import { listSessions, sessionAggregates, sessionReplay } from "@atelier/db";
import { refusingBadInput } from "./errors.ts";
import type { SessionAggregatesModel, SessionModel, SessionReplayModel } from "./models.ts";

export interface SessionFilterRequest {
  readonly from?: Date | null;
  readonly to?: Date | null;
  readonly variant?: string | null;
  readonly minTurns?: number | null;
  readonly maxTurns?: number | null;
  readonly outcome?: SessionOutcome | null;
  readonly manipulatedAttribute?: string | null;
}

export interface SessionConnection {
  readonly edges: { cursor: string; node: SessionModel }[];
  readonly pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

export interface AnalyticsService {
  sessions(
    filter: SessionFilterRequest,
    page: { first?: number | null; after?: string | null },
  ): Promise<SessionConnection>;
  replay(sessionId: string): Promise<SessionReplayModel | null>;
  aggregates(input: {
    from?: Date | null;
    to?: Date | null;
    variant?: string | null;
    topAttributes?: number | null;
  }): Promise<SessionAggregatesModel>;
}

/** Drops null fields (GraphQL's "not given") so the database sees them as absent. */
function given<T extends object>(input: T): { [K in keyof T]?: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v != null)) as never;
}

/**
 * A cursor after `session`, in the format listSessions reads for `after` (its endCursor is the
 * last edge's cursor), so a page can be resumed from any edge.
 */
const sessionCursor = (session: ChatSession) =>
  Buffer.from(JSON.stringify({ c: session.createdAt.toISOString(), i: session.id })).toString(
    "base64url",
  );

const sessionModel = (session: ChatSession): SessionModel => ({ __typename: "Session", session });

/**
 * @example
 * const page = await createAnalyticsService(db).sessions({ outcome: "clicked" }, { first: 10 });
 */
export function createAnalyticsService(db: Db): AnalyticsService {
  return {
    async sessions(filter, { first, after }) {
      const page = await refusingBadInput(() =>
        listSessions(db, { ...given(filter), ...given({ after }), first: first ?? 20 }),
      );
      const edges = page.sessions.map((s) => ({ cursor: sessionCursor(s), node: sessionModel(s) }));
      return {
        edges,
        pageInfo: {
          hasNextPage: page.hasNextPage,
          hasPreviousPage: after != null,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    },

    async replay(sessionId) {
      const replay = await refusingBadInput(() => sessionReplay(db, sessionId));
      return replay && { session: sessionModel(replay.session), turns: replay.turns };
    },

    aggregates: (input) => refusingBadInput(() => sessionAggregates(db, given(input))),
  };
}
