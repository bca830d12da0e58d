/**
 * Starting a session (issue 6, item 2): from a catalog product, from attribute values, or from
 * text; the shopper is assigned an experiment variant whose manipulator serves the session.
 */
import type { Db, SessionStartInput } from "@atelier/db";
import { createSession } from "@atelier/db";
import { parseTurn } from "@atelier/parser";
import type { Manipulation } from "@atelier/schema";
import { badUserInput } from "./errors.ts";
import type { Exposures } from "./experiment-service.ts";
import { checkedFilter, filterMask } from "./filters.ts";
import { checkCount, checkLength, INPUT_LIMITS } from "./limits.ts";
import { checkedK, preferRequested, rankedWithout } from "./ranking.ts";
import { type AttributeValue, bestMatch } from "./reference.ts";
import type { Runtime } from "./runtime.ts";
import {
  nothingParsed,
  orUnknownAttribute,
  type SessionStore,
  unknownProduct,
} from "./session-store.ts";
import type { NothingParsed, StartOutcome, StartRequest } from "./session-types.ts";

/** Checks the request's sizes and shape; throws BAD_USER_INPUT naming the argument. */
function checkStartRequest(request: StartRequest): void {
  const given = [request.productId, request.attributes, request.text].filter((v) => v != null);
  if (given.length !== 1) {
    throw badUserInput("Give exactly one of productId, attributes and text", "input");
  }
  if (request.userId != null && (request.userId.length < 1 || request.userId.length > 200)) {
    throw badUserInput("userId must be 1 to 200 characters", "userId");
  }
  checkLength(request.productId, INPUT_LIMITS.id, "productId");
  checkLength(request.text, INPUT_LIMITS.text, "text");
  if (request.attributes?.length === 0) {
    throw badUserInput("attributes must not be empty", "attributes");
  }
  checkCount(request.attributes, INPUT_LIMITS.changes, "attributes");
}

/** The attribute values a start request names, or a failure. */
function startValues(request: StartRequest): AttributeValue[] | NothingParsed {
  if (request.attributes) return [...request.attributes];
  const parsed = parseTurn(request.text ?? "", { labels: {} });
  const values = parsed.manipulations.flatMap((m) =>
    m.add ? [{ attribute: m.attribute, value: m.add }] : [],
  );
  return values.length > 0
    ? values
    : nothingParsed(
        "The text named no attribute value",
        parsed.reply ?? "Tell me what you are looking for, e.g. a navy dress.",
      );
}

/**
 * Starts a session and stores its first turn.
 *
 * @example
 * await startSession(deps, { productId: "s42-000001", k: 10 });
 */
export async function startSession(
  deps: { db: Db; runtime: Runtime; store: SessionStore; experiments: Exposures },
  request: StartRequest,
): Promise<StartOutcome> {
  const { db, runtime, store, experiments } = deps;
  const began = performance.now();
  const k = checkedK(request.k);
  checkStartRequest(request);
  let position: number;
  let changes: Manipulation[] = [];
  let wanted: AttributeValue[] = [];
  let start: SessionStartInput;
  if (request.productId != null) {
    const found = runtime.positionOf(request.productId);
    if (found === undefined) return unknownProduct(request.productId);
    position = found;
    start = { kind: "product", productId: request.productId };
  } else {
    const values = startValues(request);
    if (!Array.isArray(values)) return values;
    wanted = values;
    ({ position, manipulations: changes } = bestMatch(runtime, values));
    start =
      request.text != null
        ? { kind: "text", text: request.text }
        : {
            kind: "attributes",
            attributes: Object.fromEntries(values.map((v) => [v.attribute, v.value])),
          };
  }
  const productId = runtime.productIdAt(position);
  const userId = request.userId ?? "anonymous";
  const assignment = request.userId != null ? await experiments.assign(userId) : null;
  const model = assignment?.model ?? runtime.model;
  const engine = await runtime.engineFor(model);
  const filter = checkedFilter(runtime, request.filter ?? {});
  const ranked = await orUnknownAttribute(() =>
    rankedWithout(
      runtime,
      {
        k,
        exclude: productId,
        filter: filterMask(runtime, filter),
        prefer: preferRequested(runtime, model, wanted),
      },
      async (rank) => {
        const first = await engine.startFromProduct(position, rank);
        return changes.length === 0 ? first : engine.turn(first.state, changes, rank);
      },
    ),
  );
  if ("__typename" in ranked) return ranked;
  const { session, token } = await createSession(db, {
    userId,
    start,
    model,
    variantId: assignment?.variantId ?? null,
  });
  const { session: current, exposureId } = await store.persist(
    session,
    null,
    "start",
    ranked,
    began,
    {
      text: request.text,
      manipulations: [
        { reference: productId },
        ...(Object.keys(filter).length > 0 ? [{ filter }] : []),
        ...changes,
      ],
    },
  );
  return {
    __typename: "StartSessionPayload",
    token,
    session: current,
    exposureId,
    variant: assignment?.variantKey ?? null,
  };
}
