/** What an {@link NtmError} rejects: a configuration, an input tensor or serialised state. */
export type NtmErrorCode = "bad-config" | "bad-input" | "bad-state-bytes";

/** A rejected NTM configuration, step input or state blob; the message names what is wrong. */
export class NtmError extends Error {
  override readonly name = "NtmError";
  constructor(
    readonly code: NtmErrorCode,
    message: string,
  ) {
    super(message);
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
