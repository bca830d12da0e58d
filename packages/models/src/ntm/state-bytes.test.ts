import type { Tf } from "@atelier/ml";
import { loadTfjsWasm } from "@atelier/ml";
import { seededRandom, uniformArray } from "@atelier/random";
import { beforeAll, describe, expect, it } from "vitest";
import { isNtmError } from "../errors.ts";
import { randomNtmState } from "../test-support/ntm-state.ts";
import { createNtm } from "./ntm.ts";
import { disposeNtmState, type NtmState, STATE_FIELDS } from "./state.ts";
import { stateFromBytes, stateToBytes } from "./state-bytes.ts";

let tf: Tf;
beforeAll(async () => {
  tf = await loadTfjsWasm();
  await tf.setBackend("wasm");
});

/** A state of batch 3, 4 x 6 memory, 5 units, whose every field holds distinct random floats. */
function randomState(seed: number): NtmState {
  return randomNtmState(tf, seed, { batch: 3, rows: 4, width: 6, units: 5 });
}

async function expectBitwiseEqual(a: NtmState, b: NtmState): Promise<void> {
  for (const field of STATE_FIELDS) {
    expect(b[field].shape).toEqual(a[field].shape);
    const bitsA = new Uint32Array(((await a[field].data()) as Float32Array).slice().buffer);
    const bitsB = new Uint32Array(((await b[field].data()) as Float32Array).slice().buffer);
    expect(bitsB).toEqual(bitsA);
  }
}

/** A valid blob for {@link randomState}, with `edit` applied to a copy. */
async function editedBytes(edit: (bytes: Uint8Array, view: DataView) => Uint8Array | undefined) {
  const state = randomState(1);
  const bytes = await stateToBytes(state);
  disposeNtmState(state);
  return edit(bytes, new DataView(bytes.buffer)) ?? bytes;
}

describe("state bytes", () => {
  it("round-trips a random state bit for bit, even from an unaligned offset", async () => {
    const state = randomState(7);
    const bytes = await stateToBytes(state);
    expect(bytes.byteLength).toBe(24 + 4 * (3 * 4 * 6 + 2 * 3 * 5 + 3 * 6 + 2 * 3 * 4));
    const shifted = new Uint8Array(bytes.byteLength + 1);
    shifted.set(bytes, 1);
    for (const input of [bytes, shifted.subarray(1)]) {
      const back = stateFromBytes(tf, input);
      await expectBitwiseEqual(state, back);
      disposeNtmState(back);
    }
    disposeNtmState(state);
  });

  it("round-trips a stepped state and keeps stepping identically", async () => {
    const ntm = createNtm(
      tf,
      { inputSize: 3, memoryRows: 5, memoryWidth: 4, addressing: "full" },
      3,
    );
    const input = tf.tensor2d(uniformArray(seededRandom(2), 6, -1, 1), [2, 3]);
    const s0 = ntm.init(2);
    const s1 = ntm.step(ntm.params, s0, input);
    const restored = stateFromBytes(tf, await stateToBytes(s1), { rows: 5, width: 4, units: 100 });
    const a = ntm.step(ntm.params, s1, input);
    const b = ntm.step(ntm.params, restored, input);
    await expectBitwiseEqual(a, b);
    for (const s of [s0, s1, restored, a, b]) disposeNtmState(s);
    input.dispose();
    ntm.dispose();
  });

  const malformed: Array<[string, (b: Uint8Array, v: DataView) => Uint8Array | undefined, string]> =
    [
      ["too short", (b) => b.subarray(0, 10), "10 bytes is shorter than the 24-byte header"],
      [
        "bad magic",
        (b) => {
          b[0] = 0x58;
          return b;
        },
        'magic must be "NTMS", got "XTMS"',
      ],
      [
        "bad version",
        (_, v) => void v.setUint32(4, 9, true),
        "version 9 is not supported (expected 1)",
      ],
      ["zero rows", (_, v) => void v.setUint32(12, 0, true), "rows must be at least 1, got 0"],
      [
        "truncated payload",
        (b) => b.subarray(0, b.byteLength - 4),
        "expected 600 bytes for batch 3, memory 4 x 6, 5 units, got 596",
      ],
    ];

  for (const [what, edit, message] of malformed) {
    it(`rejects ${what}, naming it, without allocating`, async () => {
      const bytes = await editedBytes(edit);
      const before = tf.memory().numTensors;
      expect(() => stateFromBytes(tf, bytes)).toThrow(message);
      expect(tf.memory().numTensors).toBe(before);
    });
  }

  it("rejects a state whose sizes differ from the expected ones", async () => {
    const bytes = await editedBytes(() => undefined);
    let error: unknown;
    try {
      stateFromBytes(tf, bytes, { rows: 12 });
    } catch (e) {
      error = e;
    }
    expect(isNtmError(error) && error.code).toBe("bad-state-bytes");
    expect((error as Error).message).toBe("NTM state bytes: rows is 4, expected 12");
  });
});
