/**
 * The retrieval engine behind the session service (issue 6, items 2 and 7): a session's state
 * lives only in the bytes each call returns, so any replica holding the same model and index
 * can serve any session's next turn (DESIGN.md, "Session state").
 */
import type { SearchFilter, VectorIndex } from "@atelier/index";
import type { Tf } from "@atelier/ml";
import { disposeManipulatorState, type Manipulator } from "@atelier/models";
import type { Manipulation } from "@atelier/schema";
import { type BatchingOptions, microBatcher } from "./batcher.ts";
import { RetrievalError } from "./errors.ts";
import { type SessionStep, stepSessions } from "./model-step.ts";
import { type Ranked, searchAll } from "./search.ts";
import { checkK, checkStateLength, checkVector, indicatorsOf } from "./validate.ts";

export interface RetrievalEngineOptions {
  readonly tf: Tf;
  /** The model every session of this engine runs on; the engine does not own it. */
  readonly manipulator: Manipulator;
  /** Holds the catalog's vectors, L2-normalised, in the manipulator's vector size. */
  readonly index: VectorIndex;
  /** A product's encoder features (for `startFromProduct`); undefined when unknown. */
  readonly vectorOf?: (productId: number) => Float32Array | undefined;
  /** How concurrent turns are batched; `{ maxBatch: 1 }` runs each turn alone. */
  readonly batching?: BatchingOptions;
}

/** k results wanted, and optionally which index ids may be shown. */
export interface RankOptions {
  readonly k: number;
  readonly filter?: SearchFilter;
}

/** A session's state after the call (store it with the turn) and what it ranks. */
export interface TurnResult {
  readonly state: Uint8Array;
  readonly ranked: Ranked;
}

export interface RetrievalEngine {
  /** Bytes of one session's state for this model. */
  stateBytes(): Promise<number>;
  /** A new session from a reference's features [vectorSize], ranked before any manipulation. */
  start(referenceVector: Float32Array, options: RankOptions): Promise<TurnResult>;
  /** A new session from a product's features, looked up with `vectorOf`. */
  startFromProduct(productId: number, options: RankOptions): Promise<TurnResult>;
  /**
   * The session stored as `state`, stepped through `manipulations` in order, then ranked.
   * Concurrent calls are batched; each result equals the call run alone.
   */
  turn(
    state: Uint8Array,
    manipulations: readonly Manipulation[],
    options: RankOptions,
  ): Promise<TurnResult>;
}

interface TurnRequest extends SessionStep {
  readonly k: number;
  readonly filter: SearchFilter | undefined;
}

/**
 * Creates an engine over `manipulator` and `index`. Bad inputs throw a {@link RetrievalError}
 * before anything runs.
 *
 * @example
 * const engine = createRetrievalEngine({ tf, manipulator: mann, index });
 * const first = await engine.start(features, { k: 20 });
 * const next = await engine.turn(first.state, [{ attribute: "color", remove: "Red", add: "Navy" }], { k: 20 });
 */
export function createRetrievalEngine(options: RetrievalEngineOptions): RetrievalEngine {
  const { tf, manipulator, index } = options;
  let stateBytes: Promise<number> | undefined;
  const sessionBytes = () => {
    stateBytes ??= oneSessionBytes(tf, manipulator);
    return stateBytes;
  };
  const submit = microBatcher<TurnRequest, TurnResult>(
    (requests) => runTurns(tf, manipulator, index, requests),
    options.batching,
  );

  const start = async (referenceVector: Float32Array, rank: RankOptions) => {
    checkK(rank.k);
    checkVector(referenceVector, manipulator.vectorSize);
    const state = tf.tidy(() =>
      manipulator.init(tf.tensor2d(referenceVector, [1, referenceVector.length])),
    );
    try {
      const [bytes] = await manipulator.sessionsToBytes(state);
      // A session starts as a turn with no manipulation, so it ranks exactly as turns do.
      return await submit({ state: bytes as Uint8Array, indicators: [], ...rankOf(rank) });
    } finally {
      disposeManipulatorState(state);
    }
  };

  return {
    stateBytes: sessionBytes,
    start,
    startFromProduct: async (productId, rank) => {
      const vector = options.vectorOf?.(productId);
      if (vector === undefined) {
        throw new RetrievalError("unknown-product", `no vector for product ${productId}`);
      }
      return start(vector, rank);
    },
    turn: async (state, manipulations, rank) => {
      checkK(rank.k);
      checkStateLength(state, await sessionBytes());
      const indicators = indicatorsOf(manipulator.schema, manipulations);
      return submit({ state, indicators, ...rankOf(rank) });
    },
  };
}

function rankOf(rank: RankOptions): { k: number; filter: SearchFilter | undefined } {
  return { k: rank.k, filter: rank.filter };
}

/** One batch of turns: one model step for all, one search per distinct filter. */
async function runTurns(
  tf: Tf,
  manipulator: Manipulator,
  index: VectorIndex,
  requests: readonly TurnRequest[],
): Promise<(TurnResult | Error)[]> {
  const stepped = await stepSessions(tf, manipulator, requests);
  const good = stepped.flatMap((s, i) => (s instanceof Error ? [] : [{ s, r: requests[i] }]));
  const ranked = await searchAll(
    index,
    good.map(({ s, r }) => ({ query: s.query, k: r?.k ?? 1, filter: r?.filter })),
  );
  let next = 0;
  return stepped.map((s) => {
    if (s instanceof Error) return s;
    return { state: s.state, ranked: ranked[next++] as Ranked };
  });
}

/**
 * The byte length of one session's state, measured once on an encoded zero reference: the
 * header is the manipulator's own business, so it is read off rather than assumed.
 */
async function oneSessionBytes(tf: Tf, manipulator: Manipulator): Promise<number> {
  const state = tf.tidy(() => manipulator.init(tf.zeros([1, manipulator.vectorSize])));
  try {
    const [bytes] = await manipulator.sessionsToBytes(state);
    return bytes?.byteLength ?? 0;
  } finally {
    disposeManipulatorState(state);
  }
}
