/**
 * TensorBoard event files: TFRecord records (length, masked CRC of the length, data, masked CRC
 * of the data) around `tensorflow.Event` protobufs, so `tensorboard --logdir` draws the scalars.
 * Field numbers: tensorflow/core/util/event.proto and tensorflow/core/framework/summary.proto.
 */
import { maskedCrc32c } from "./crc32c.ts";
import { ProtoWriter } from "./protobuf.ts";

/** Event and Summary field numbers used here. */
export const EVENT_FIELDS = { wallTime: 1, step: 2, fileVersion: 3, summary: 5 } as const;
export const SUMMARY_VALUE_FIELDS = { tag: 1, simpleValue: 2 } as const;
/** Summary.value is field 1 (repeated). */
export const SUMMARY_VALUE = 1;

/** One event: either the file-version header or a step's scalars. */
export type TfEvent =
  | { wallTime: number; step: number; fileVersion: string }
  | { wallTime: number; step: number; scalars: Readonly<Record<string, number>> };

/**
 * An `Event` protobuf.
 *
 * @example
 * encodeEvent({ wallTime: Date.now() / 1000, step: 3, scalars: { loss: 0.5 } });
 */
export function encodeEvent(event: TfEvent): Uint8Array {
  const w = new ProtoWriter()
    .double(EVENT_FIELDS.wallTime, event.wallTime)
    .int64(EVENT_FIELDS.step, event.step);
  if ("fileVersion" in event) return w.bytes(EVENT_FIELDS.fileVersion, event.fileVersion).finish();
  const summary = new ProtoWriter();
  for (const [tag, value] of Object.entries(event.scalars)) {
    const v = new ProtoWriter()
      .bytes(SUMMARY_VALUE_FIELDS.tag, tag)
      .float(SUMMARY_VALUE_FIELDS.simpleValue, value)
      .finish();
    summary.bytes(SUMMARY_VALUE, v);
  }
  return w.bytes(EVENT_FIELDS.summary, summary.finish()).finish();
}

/**
 * One TFRecord: u64 length, masked CRC-32C of those 8 bytes, the data, masked CRC-32C of the
 * data (all little-endian).
 *
 * @example
 * appendFileSync(path, tfRecord(encodeEvent(event)));
 */
export function tfRecord(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(8 + 4 + data.length + 4);
  const view = new DataView(out.buffer);
  view.setBigUint64(0, BigInt(data.length), true);
  view.setUint32(8, maskedCrc32c(out.subarray(0, 8)), true);
  out.set(data, 12);
  view.setUint32(12 + data.length, maskedCrc32c(data), true);
  return out;
}

/**
 * The file name TensorBoard looks for (`events.out.tfevents.<seconds>.<host>`); the pid keeps two
 * runs (e.g. a resume) in one second apart.
 */
export function eventFileName(wallTime: number, host: string, pid: number): string {
  return `events.out.tfevents.${Math.floor(wallTime)}.${host}.${pid}`;
}

/** The header every event file starts with; TensorBoard reads the version from it. */
export const FILE_VERSION = "brain.Event:2";
