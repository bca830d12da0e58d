// Shared by the *.test.ts files only; not exported from the package.
import type { Tf } from "@atelier/ml";
import { seededRandom, uniformArray } from "@atelier/random";
import { type NtmState, STATE_FIELDS } from "../ntm/state.ts";
import type { NtmStateShape } from "../ntm/state-bytes.ts";

/**
 * A state of `shape` whose every field holds distinct random floats in [-3, 3], so that a
 * field or session copied to the wrong place shows.
 */
export function randomNtmState(tf: Tf, seed: number, shape: NtmStateShape): NtmState {
  const random = seededRandom(seed);
  const { batch, rows, width, units } = shape;
  const make = (dims: number[]) =>
    tf.tensor(
      uniformArray(
        random,
        dims.reduce((a, b) => a * b),
        -3,
        3,
      ),
      dims,
    );
  return {
    memory: make([batch, rows, width]),
    h: make([batch, units]),
    c: make([batch, units]),
    read: make([batch, width]),
    readWeights: make([batch, rows]),
    writeWeights: make([batch, rows]),
  } as NtmState;
}

/** Each field's float32 bits, in STATE_FIELDS order: equal bits mean an exact copy. */
export function stateBits(state: NtmState): Uint32Array[] {
  return STATE_FIELDS.map(
    (f) => new Uint32Array((state[f].dataSync() as Float32Array).slice().buffer),
  );
}
