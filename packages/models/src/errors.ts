/**
 * What a {@link ManipulatorError} rejects: a configuration, an input tensor, serialised state
 * or saved weights.
 */
export type ManipulatorErrorCode = "bad-config" | "bad-input" | "bad-state-bytes" | "bad-weights";

/**
 * A rejected manipulator (ADDE-M or MANN) configuration, input, state blob or weight file; the
 * message names what is wrong. The service needs one guard for every model, so the NTM's
 * errors are a kind of it.
 */
export class ManipulatorError extends Error {
  override readonly name: string = "ManipulatorError";
  constructor(
    readonly code: ManipulatorErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Narrows an unknown error to {@link ManipulatorError} (NTM errors included).
 *
 * @example
 * try { loadWeights(tf, schema, manifest, bytes); } catch (e) { if (isManipulatorError(e)) console.error(e.code, e.message); }
 */
export function isManipulatorError(error: unknown): error is ManipulatorError {
  return error instanceof ManipulatorError;
}

/** What an {@link NtmError} rejects: a configuration, an input tensor or serialised state. */
export type NtmErrorCode = "bad-config" | "bad-input" | "bad-state-bytes";

/** A rejected NTM configuration, step input or state blob; the message names what is wrong. */
export class NtmError extends ManipulatorError {
  override readonly name = "NtmError";
  constructor(
    override readonly code: NtmErrorCode,
    message: string,
  ) {
    super(code, message);
  }
}

/**
 * Narrows an unknown error to {@link NtmError}.
 *
 * @example
 * try { stateFromBytes(tf, bytes); } catch (e) { if (isNtmError(e)) console.error(e.code, e.message); }
 */
export function isNtmError(error: unknown): error is NtmError {
  return error instanceof NtmError;
}

/** Makes the error a failed check throws: each model family throws its own class. */
export type ErrorMaker = (message: string) => ManipulatorError;

/** A `bad-input` {@link ManipulatorError}. */
export const badInput: ErrorMaker = (message) => new ManipulatorError("bad-input", message);

/** A `bad-input` {@link NtmError}. */
export const ntmBadInput: ErrorMaker = (message) => new NtmError("bad-input", message);

/** Throws `makeError`'s error (default: "bad-input") naming `what` unless `shape` is `expected`. */
export function expectShape(
  what: string,
  shape: readonly number[],
  expected: readonly number[],
  makeError: ErrorMaker = badInput,
): void {
  if (shape.length === expected.length && shape.every((size, i) => size === expected[i])) return;
  throw makeError(`${what} must have shape [${expected.join(", ")}], got [${shape.join(", ")}]`);
}

/** What an {@link EncoderError} rejects: a configuration, an input or saved weights. */
export type EncoderErrorCode = "bad-config" | "bad-input" | "bad-weights";

/**
 * A rejected encoder configuration, image batch, label batch or weight file; the message names
 * what is wrong. A kind of {@link ManipulatorError}, so the service keeps one guard per model.
 */
export class EncoderError extends ManipulatorError {
  override readonly name = "EncoderError";
  declare readonly code: EncoderErrorCode;
  // Narrows the codes an encoder may throw; `code` is set by the base class.
  constructor(code: EncoderErrorCode, message: string) {
    super(code, message);
  }
}

/**
 * Narrows an unknown error to {@link EncoderError}.
 *
 * @example
 * try { encoder.encode(images); } catch (e) { if (isEncoderError(e)) console.error(e.message); }
 */
export function isEncoderError(error: unknown): error is EncoderError {
  return error instanceof EncoderError;
}
