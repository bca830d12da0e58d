/** The model half of a turn for a batch of sessions: bytes in, queries and bytes out. */
import type { Tf } from "@atelier/ml";
import {
  disposeManipulatorState,
  isManipulatorError,
  type Manipulator,
  type ManipulatorState,
} from "@atelier/models";
import type { Tensor1D, Tensor2D } from "@tensorflow/tfjs";
import { RetrievalError } from "./errors.ts";

/** One session's part of a batched step: its stored state and its turn's indicators, in order. */
export interface SessionStep {
  readonly state: Uint8Array;
  readonly indicators: readonly Float32Array[];
}

/** What a batched step gives each session: its query [vectorSize] and its new state's bytes. */
export interface SteppedSession {
  readonly query: Float32Array;
  readonly state: Uint8Array;
}

/**
 * Steps every session through its indicators and queries it, as one batch: step t applies each
 * session's t-th manipulation, and sessions with fewer than t + 1 are masked out, which keeps
 * their state exactly (Manipulator.step). A session whose bytes do not decode gets a
 * `bad-state` error in its slot; the others still run.
 *
 * @example
 * const [out] = await stepSessions(tf, mann, [{ state: bytes, indicators: [indicator] }]);
 */
export async function stepSessions(
  tf: Tf,
  manipulator: Manipulator,
  sessions: readonly SessionStep[],
): Promise<(SteppedSession | RetrievalError)[]> {
  const decoded = decodeStates(manipulator, sessions);
  if (decoded instanceof Map) return withFailures(tf, manipulator, sessions, decoded);
  let next: ManipulatorState | undefined;
  let queries: Tensor2D | undefined;
  try {
    next = applySteps(tf, manipulator, decoded, sessions);
    queries = manipulator.query(next);
    const rows = (await queries.data()) as Float32Array;
    const states = await manipulator.sessionsToBytes(next);
    const size = manipulator.vectorSize;
    return states.map((state, b) => ({ query: rows.slice(b * size, (b + 1) * size), state }));
  } finally {
    disposeManipulatorState(decoded);
    if (next !== undefined && next !== decoded) disposeManipulatorState(next);
    queries?.dispose();
  }
}

/**
 * All sessions' states as one batch, or, when some blob does not decode, which ones fail (so
 * the fast path, one decode for the batch, is taken whenever every blob is good).
 */
function decodeStates(
  manipulator: Manipulator,
  sessions: readonly SessionStep[],
): ManipulatorState | Map<number, RetrievalError> {
  try {
    return manipulator.stateFromBytes(sessions.map((s) => s.state));
  } catch (error) {
    if (!isManipulatorError(error)) throw error;
  }
  const failures = new Map<number, RetrievalError>();
  sessions.forEach((session, i) => {
    try {
      disposeManipulatorState(manipulator.stateFromBytes(session.state));
    } catch (cause) {
      if (!isManipulatorError(cause)) throw cause;
      failures.set(
        i,
        new RetrievalError("bad-state", `the state does not decode: ${cause.message}`, { cause }),
      );
    }
  });
  return failures;
}

/** Runs the sessions that decode on their own and puts each failure in its slot. */
async function withFailures(
  tf: Tf,
  manipulator: Manipulator,
  sessions: readonly SessionStep[],
  failures: Map<number, RetrievalError>,
): Promise<(SteppedSession | RetrievalError)[]> {
  const good = sessions.filter((_, i) => !failures.has(i));
  const done = good.length > 0 ? await stepSessions(tf, manipulator, good) : [];
  let next = 0;
  return sessions.map((_, i) => failures.get(i) ?? (done[next++] as SteppedSession));
}

/** `state` after every session's indicators; `state` itself when nobody has any. */
function applySteps(
  tf: Tf,
  manipulator: Manipulator,
  state: ManipulatorState,
  sessions: readonly SessionStep[],
): ManipulatorState {
  const steps = Math.max(0, ...sessions.map((s) => s.indicators.length));
  let current = state;
  for (let t = 0; t < steps; t++) {
    const previous = current;
    current = tf.tidy(() => {
      const { indicators, mask } = stepInputs(tf, manipulator.indicatorSize, sessions, t);
      return manipulator.step(previous, indicators, mask);
    }) as ManipulatorState;
    if (previous !== state) disposeManipulatorState(previous);
  }
  return current;
}

/**
 * Step t's indicators [B, indicatorSize] (zeros for sessions already done) and mask [B]; no
 * mask when every session takes part, so a lone session runs exactly as the model's own step.
 * Call inside a tidy.
 */
function stepInputs(
  tf: Tf,
  size: number,
  sessions: readonly SessionStep[],
  t: number,
): { indicators: Tensor2D; mask: Tensor1D | undefined } {
  const values = new Float32Array(sessions.length * size);
  const mask = new Float32Array(sessions.length);
  sessions.forEach((session, b) => {
    const indicator = session.indicators[t];
    if (indicator === undefined) return;
    values.set(indicator, b * size);
    mask[b] = 1;
  });
  const everyone = mask.every((m) => m === 1);
  return {
    indicators: tf.tensor2d(values, [sessions.length, size]),
    mask: everyone ? undefined : tf.tensor1d(mask),
  };
}
