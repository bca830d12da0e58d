/**
 * A session's next turns (issue 6, item 2): text or manipulations on any earlier turn (a branch),
 * "use this product as the new reference", undo, and a preview of what text would do.
 */
import type { ChatSession, Db, TurnRecord } from "@atelier/db";
import { sessionByToken } from "@atelier/db";
import { type Command, parseTurn } from "@atelier/parser";
import type { Manipulation } from "@atelier/schema";
import { badUserInput } from "./errors.ts";
import { checkedFilter, filterMask, type ProductFilter } from "./filters.ts";
import { checkCount, checkLength, INPUT_LIMITS } from "./limits.ts";
import { checkedK, preferRequested, rankedWithout } from "./ranking.ts";
import { withChanges } from "./reference.ts";
import type { Runtime } from "./runtime.ts";
import {
  cleanManipulation,
  notFound,
  nothingParsed,
  orUnknownAttribute,
  type SessionStore,
  unknownProduct,
} from "./session-store.ts";
import type {
  Fail,
  PreviewRequest,
  SendTurnOutcome,
  SendTurnRequest,
  SessionNotFound,
  TurnPayload,
  TurnPreview,
  UnknownProduct,
  UnknownTurnFailure,
} from "./session-types.ts";

export interface TurnDeps {
  readonly db: Db;
  readonly runtime: Runtime;
  readonly store: SessionStore;
}

const unknownTurn = (turnId: string): UnknownTurnFailure => ({
  __typename: "UnknownTurn",
  message: `No turn "${turnId}" in this session`,
  turnId,
});

/** The session a token opens and the turn to continue from (default: the current one). */
async function openAt(
  { db, store }: TurnDeps,
  token: string,
  parentTurnId: string | null | undefined,
): Promise<{ session: ChatSession; parent: TurnRecord } | SessionNotFound | UnknownTurnFailure> {
  checkLength(token, INPUT_LIMITS.id, "token");
  checkLength(parentTurnId, INPUT_LIMITS.id, "parentTurnId");
  const session = await sessionByToken(db, token);
  if (!session) return notFound;
  const parentId = parentTurnId ?? session.currentTurnId;
  const parent = await store.turnOf(session.id, parentId);
  return parent ? { session, parent } : unknownTurn(parentId ?? "");
}

/** What every new turn is ranked with: k, the filter, and the filter entry to store if new. */
interface Ranking {
  readonly k: number;
  readonly mask: Uint8Array | undefined;
  readonly stored: { filter: ProductFilter }[];
}

async function referenceTurn(
  { runtime, store }: TurnDeps,
  session: ChatSession,
  parent: TurnRecord,
  productId: string,
  { k, mask, stored }: Ranking,
  began: number,
  text: string | null | undefined,
): Promise<TurnPayload | UnknownProduct> {
  const position = runtime.positionOf(productId);
  if (position === undefined) return unknownProduct(productId);
  const engine = await runtime.engineFor(session.model);
  const ranked = await rankedWithout(runtime, { k, exclude: productId, filter: mask }, (rank) =>
    engine.startFromProduct(position, rank),
  );
  return store.persist(session, parent.id, "reference", ranked, began, {
    text,
    manipulations: [{ reference: productId }, ...stored],
  });
}

/**
 * Applies text or manipulations to a turn of the session (its current one unless parentTurnId
 * names another: a branch) and stores the new turn.
 */
export async function sendTurn(deps: TurnDeps, request: SendTurnRequest): Promise<SendTurnOutcome> {
  const { runtime, store } = deps;
  const began = performance.now();
  const k = checkedK(request.k);
  checkLength(request.text, INPUT_LIMITS.text, "text");
  checkLength(request.displayText, INPUT_LIMITS.text, "displayText");
  if (request.displayText != null && request.text != null) {
    throw badUserInput(
      "Give displayText only without text (text is parsed, displayText is not)",
      "displayText",
    );
  }
  checkLength(request.useProductId, INPUT_LIMITS.id, "useProductId");
  checkCount(request.manipulations, INPUT_LIMITS.changes, "manipulations");
  const opened = await openAt(deps, request.token, request.parentTurnId);
  if ("__typename" in opened) return opened;
  const { session, parent } = opened;
  const standing = await store.standingAt(session, parent.id);
  const newFilter = request.filter == null ? undefined : checkedFilter(runtime, request.filter);
  const ranking: Ranking = {
    k,
    mask: filterMask(runtime, newFilter ?? standing.filter ?? {}),
    stored: newFilter ? [{ filter: newFilter }] : [],
  };
  if (request.useProductId != null) {
    return referenceTurn(deps, session, parent, request.useProductId, ranking, began, request.text);
  }
  const { reference, labels } = standing;
  let manipulations: readonly Manipulation[] = (request.manipulations ?? []).map(cleanManipulation);
  if (request.text) {
    const parsed = parseTurn(request.text, { labels });
    const use = parsed.commands.find((c) => c.type === "useReference");
    if (use) {
      const productId = parent.rankedProductIds[use.item - 1];
      if (productId === undefined) {
        return nothingParsed(
          `No item ${use.item} in the current ranking`,
          `There is no item ${use.item}; pick one from 1 to ${parent.rankedProductIds.length}.`,
        );
      }
      return referenceTurn(deps, session, parent, productId, ranking, began, request.text);
    }
    if (parsed.manipulations.length === 0) {
      return nothingParsed(
        "The text named no attribute change",
        parsed.reply ?? "Sorry, I did not understand what to change.",
      );
    }
    manipulations = [...manipulations, ...parsed.manipulations];
  }
  if (manipulations.length === 0) {
    return nothingParsed("No text or manipulations", "What should change?");
  }
  const [engine, state] = await Promise.all([
    runtime.engineFor(session.model),
    store.stateOf(parent),
  ]);
  const prefer = preferRequested(
    runtime,
    session.model,
    withChanges(standing.requested, manipulations),
  );
  const ranked = await orUnknownAttribute(() =>
    rankedWithout(runtime, { k, exclude: reference, filter: ranking.mask, prefer }, (rank) =>
      engine.turn(state, manipulations, rank),
    ),
  );
  if ("__typename" in ranked) return ranked;
  return store.persist(session, parent.id, "manipulate", ranked, began, {
    text: request.text ?? request.displayText,
    manipulations: [...ranking.stored, ...manipulations],
  });
}

/**
 * Steps back one turn: a new UNDO turn beside the current one, holding its parent's state.
 * The undo turn is a child of the turn it returns to (a sibling of the undone one), so the path
 * to it holds only what still applies.
 */
export async function undoTurn(
  deps: TurnDeps,
  token: string,
  turnId?: string | null,
): Promise<TurnPayload | SessionNotFound | UnknownTurnFailure | Fail<"NothingToUndo">> {
  const began = performance.now();
  const nothingToUndo = {
    __typename: "NothingToUndo",
    message: "The session is at its first turn",
  } as const;
  const opened = await openAt(deps, token, turnId);
  if (!("session" in opened)) {
    // Without turnId, an unknown turn means the session has none yet: nothing to undo.
    return turnId == null && opened.__typename === "UnknownTurn" ? nothingToUndo : opened;
  }
  const { session, parent } = opened;
  const back = await deps.store.turnOf(session.id, parent.parentId);
  if (!back) return nothingToUndo;
  return deps.store.persist(
    session,
    back.id,
    "undo",
    { state: await deps.store.stateOf(back), ids: back.rankedProductIds, scores: back.scores },
    began,
  );
}

const COMMAND_NAMES: Record<Command["type"], string> = {
  undo: "undo",
  startOver: "start-over",
  showMore: "show-more",
  useReference: "reference",
};

/** What `text` would do as the next turn after `parentTurnId`, without storing anything. */
export async function previewTurn(
  deps: TurnDeps,
  request: PreviewRequest,
): Promise<TurnPreview | SessionNotFound | UnknownTurnFailure> {
  checkLength(request.text, INPUT_LIMITS.text, "text");
  const opened = await openAt(deps, request.token, request.parentTurnId);
  if ("__typename" in opened) return opened;
  const { labels } = await deps.store.standingAt(opened.session, opened.parent.id);
  const parsed = parseTurn(request.text, { labels });
  const command = parsed.commands[0];
  return {
    __typename: "TurnPreview",
    manipulations: parsed.manipulations,
    command: command ? COMMAND_NAMES[command.type] : null,
    understood: parsed.understood.map((span) => span.meaning),
    reply: parsed.reply ?? null,
  };
}
