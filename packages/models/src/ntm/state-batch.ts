/**
 * Moving sessions between batches: the service loads one state per session from the database,
 * steps them together, and stores each one back (DESIGN.md, "Session state").
 */
import type { Tf } from "@atelier/ml";
import type { Tensor, Tensor1D } from "@tensorflow/tfjs";
import { NtmError } from "../errors.ts";
import { checkShape, type NtmState, STATE_FIELDS } from "./state.ts";

/** One state per session, each of batch 1, in batch order; `state` stays alive. */
export function splitState(tf: Tf, state: NtmState): NtmState[] {
  const batch = state.memory.shape[0];
  return tf.tidy(() => {
    const parts = STATE_FIELDS.map((field) => tf.split(state[field] as Tensor, batch, 0));
    return Array.from(
      { length: batch },
      (_, b) => Object.fromEntries(STATE_FIELDS.map((f, i) => [f, parts[i]?.[b]])) as NtmState,
    );
  });
}

/**
 * One batch of every session of `states`, in order (each may itself be a batch). Throws an
 * `NtmError` ("bad-input") naming the first state whose sizes differ from the first one's.
 *
 * @example
 * const batch = concatStates(tf, sessions.map((bytes) => stateFromBytes(tf, bytes)));
 */
export function concatStates(tf: Tf, states: readonly NtmState[]): NtmState {
  const first = states[0];
  if (first === undefined) throw new NtmError("bad-input", "concatStates needs at least 1 state");
  for (const [i, state] of states.entries()) {
    const batch = state.memory.shape[0];
    for (const field of STATE_FIELDS) {
      checkShape(`state ${i} ${field}`, state[field].shape, [
        batch,
        ...first[field].shape.slice(1),
      ]);
    }
  }
  return tf.tidy(
    () =>
      Object.fromEntries(
        STATE_FIELDS.map((field) => [
          field,
          tf.concat(
            states.map((s) => s[field] as Tensor),
            0,
          ),
        ]),
      ) as NtmState,
  );
}

/**
 * Per session, `next` where `mask` [B] is 1 and `previous` where it is 0, exactly: a session
 * whose sequence has ended keeps its state while the others in the batch step on. Gradients
 * flow to whichever side was taken.
 */
export function selectState(tf: Tf, mask: Tensor1D, next: NtmState, previous: NtmState): NtmState {
  const batch = previous.memory.shape[0];
  checkShape("mask", mask.shape, [batch]);
  return tf.tidy(() => {
    const keep = tf.greater(mask, 0.5);
    const select = (a: Tensor, b: Tensor) =>
      tf.where(keep.reshape([batch, ...a.shape.slice(1).map(() => 1)]), a, b);
    return Object.fromEntries(
      STATE_FIELDS.map((f) => [f, select(next[f] as Tensor, previous[f] as Tensor)]),
    ) as NtmState;
  });
}
