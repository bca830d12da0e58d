/** Operations on any manipulator's state, field by field (every field is [B, ...]). */
import type { Tf } from "@atelier/ml";
import type { Tensor, Tensor1D } from "@tensorflow/tfjs";
import { expectShape, ManipulatorError } from "../errors.ts";
import {
  type ManipulatorKind,
  type ManipulatorState,
  type StateLayout,
  stateTensors,
  type TensorsOf,
} from "../manipulator.ts";

type Fields = Record<string, Tensor>;

/** A state of `kind` holding `tensors` (which it takes over). */
export function makeState(kind: ManipulatorKind, tensors: Fields): ManipulatorState {
  return { kind, tensors } as ManipulatorState;
}

/** Frees every tensor of `state`. */
export function disposeManipulatorState(state: ManipulatorState): void {
  for (const t of Object.values(stateTensors(state))) t.dispose();
}

/**
 * Throws a `ManipulatorError` unless `state` is of `layout`'s kind and every field is
 * [B, ...row] with one B; returns B.
 */
export function checkState(layout: StateLayout, state: ManipulatorState): number {
  if (state.kind !== layout.kind) {
    throw new ManipulatorError("bad-input", `a ${state.kind} state given to ${layout.kind}`);
  }
  const tensors = stateTensors(state);
  const batch = tensors[layout.fields[0]?.name ?? ""]?.shape[0] ?? 0;
  for (const { name, row } of layout.fields) {
    const t = tensors[name];
    if (t === undefined) throw new ManipulatorError("bad-input", `state has no field ${name}`);
    expectShape(`state ${name}`, t.shape, [batch, ...row]);
  }
  return batch;
}

/**
 * `state`'s tensors, typed by kind, after {@link checkState} against `layout`.
 *
 * @example
 * const ntm = tensorsOfKind(layout, state, "mann"); // NtmState
 */
export function tensorsOfKind<K extends ManipulatorKind>(
  layout: StateLayout,
  state: ManipulatorState,
  _kind: K,
): TensorsOf<K> {
  checkState(layout, state);
  return state.tensors as unknown as TensorsOf<K>;
}

/** One state per session, each of batch 1, in batch order; `state` stays alive. */
export function splitManipulatorState(tf: Tf, state: ManipulatorState): ManipulatorState[] {
  const entries = Object.entries(stateTensors(state));
  const batch = entries[0]?.[1].shape[0] ?? 0;
  return tf.tidy(() => {
    const parts = entries.map(([name, t]) => [name, tf.split(t, batch, 0)] as const);
    return Array.from({ length: batch }, (_, b) =>
      makeState(state.kind, Object.fromEntries(parts.map(([name, p]) => [name, p[b] as Tensor]))),
    );
  }) as ManipulatorState[];
}

/**
 * One batch of every session of `states`, in order. Throws a `ManipulatorError` naming the
 * first state of another kind or sizes.
 */
export function concatManipulatorStates(
  tf: Tf,
  states: readonly ManipulatorState[],
): ManipulatorState {
  const first = states[0];
  if (first === undefined) throw new ManipulatorError("bad-input", "no states to concatenate");
  const names = Object.keys(stateTensors(first));
  for (const [i, state] of states.entries()) {
    if (state.kind !== first.kind) {
      throw new ManipulatorError("bad-input", `state ${i} is ${state.kind}, not ${first.kind}`);
    }
    const tensors = stateTensors(state);
    for (const name of names) {
      const t = tensors[name];
      const row = stateTensors(first)[name]?.shape.slice(1) ?? [];
      expectShape(`state ${i} ${name}`, t?.shape ?? [], [t?.shape[0] ?? 0, ...row]);
    }
  }
  return tf.tidy(() =>
    makeState(
      first.kind,
      Object.fromEntries(
        names.map((n) => [n, tf.concat(states.map((s) => stateTensors(s)[n] as Tensor))]),
      ),
    ),
  );
}

/**
 * Per session, `next`'s fields where `mask` [B] is 1 and `previous`'s where it is 0, exactly.
 * Call inside a tidy.
 */
export function selectSessions(tf: Tf, mask: Tensor1D, next: Fields, previous: Fields): Fields {
  const keep = tf.greater(mask, 0.5);
  return Object.fromEntries(
    Object.entries(next).map(([name, a]) => {
      const b = previous[name] as Tensor;
      return [name, tf.where(keep.reshape([-1, ...a.shape.slice(1).map(() => 1)]), a, b)];
    }),
  );
}
