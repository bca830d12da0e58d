/** What every manipulator shares: its state's bytes, built from its state layout. */
import type { Tf } from "@atelier/ml";
import { sizeOf } from "../bytes.ts";
import { type Manipulator, type ManipulatorState, stateTensors } from "../manipulator.ts";
import { checkState, makeState } from "./state.ts";
import { encodeState, tensorsFromBlobs } from "./state-bytes.ts";

/** The methods {@link withStateBytes} adds. */
export type StateBytesMethods = Pick<
  Manipulator,
  "stateToBytes" | "sessionsToBytes" | "stateFromBytes"
>;

/** A manipulator less the methods {@link withStateBytes} adds. */
export type ManipulatorCore = Omit<Manipulator, keyof StateBytesMethods>;

/** Each field's values, in layout order. */
async function fieldValues(core: ManipulatorCore, state: ManipulatorState) {
  const tensors = stateTensors(state);
  return Promise.all(
    core.stateLayout.fields.map(async ({ name }) => (await tensors[name]?.data()) as Float32Array),
  );
}

/** `core` plus the state-bytes methods of the {@link Manipulator} interface. */
export function withStateBytes<T extends ManipulatorCore>(tf: Tf, core: T): T & StateBytesMethods {
  const layout = core.stateLayout;
  return {
    ...core,
    stateToBytes: async (state) => {
      const batch = checkState(layout, state);
      return encodeState(layout, batch, await fieldValues(core, state));
    },
    sessionsToBytes: async (state) => {
      const batch = checkState(layout, state);
      const fields = await fieldValues(core, state);
      const sizes = layout.fields.map(({ row }) => sizeOf(row));
      return Array.from({ length: batch }, (_, b) =>
        encodeState(
          layout,
          1,
          fields.map((values, i) => {
            const size = sizes[i] ?? 0;
            return values.subarray(b * size, (b + 1) * size);
          }),
        ),
      );
    },
    stateFromBytes: (bytes) => {
      const blobs = bytes instanceof Uint8Array ? [bytes] : bytes;
      return makeState(layout.kind, tensorsFromBlobs(tf, layout, blobs));
    },
  };
}
