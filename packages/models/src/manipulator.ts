/**
 * One interface over every manipulator (STYLE.md 13): the service loads a session's state,
 * steps it, queries it and stores it back the same way whether ADDE-M or the MANN runs it.
 */
import type { AttributeSchema } from "@atelier/schema";
import type { Tensor, Tensor1D, Tensor2D, Variable } from "@tensorflow/tfjs";
import type { AddeMOptions } from "./adde-m/config.ts";
import type { MannOptions } from "./mann/config.ts";
import type { NtmState } from "./ntm/state.ts";

/** ADDE-M normalising after every step (the thesis's baseline) or once (the fair one), or MANN. */
export const MANIPULATOR_KINDS = ["adde-m-thesis", "adde-m-fair", "mann"] as const;
export type ManipulatorKind = (typeof MANIPULATOR_KINDS)[number];

/**
 * ADDE-M `fair` sessions: the reference feature f [B, vectorSize] as encoded and the running
 * sum of the indicators [B, total]. The query normalize(f + W · sum) needs nothing else, and
 * the sum of one-hot differences is exact in float32.
 */
export type AddeMFairTensors = { reference: Tensor2D; indicators: Tensor2D };

/**
 * ADDE-M `thesis` sessions: the running vector [B, vectorSize], f before the first step and
 * the normalised query after each. Normalising after every step forgets f's norm, so f itself
 * is not needed again.
 */
export type AddeMThesisTensors = { vector: Tensor2D };

/** A batch of sessions of one manipulator; every tensor is [B, ...]. */
export type ManipulatorState =
  | { readonly kind: "adde-m-thesis"; readonly tensors: AddeMThesisTensors }
  | { readonly kind: "adde-m-fair"; readonly tensors: AddeMFairTensors }
  | { readonly kind: "mann"; readonly tensors: NtmState };

/** The tensors of a state of kind `K`. */
export type TensorsOf<K extends ManipulatorKind> = Extract<
  ManipulatorState,
  { kind: K }
>["tensors"];

/** The fields of a state, in serialisation order, and each one's shape per session. */
export interface StateLayout {
  readonly kind: ManipulatorKind;
  readonly fields: readonly { readonly name: string; readonly row: readonly number[] }[];
}

/** The MANN's options with every default filled in, so saved weights do not drift. */
export type ResolvedMannOptions = Required<MannOptions>;

/** What each kind is created from. */
export type ManipulatorOptions<K extends ManipulatorKind = ManipulatorKind> = K extends "mann"
  ? MannOptions
  : AddeMOptions;

/**
 * The session-state API (issue 4, item 4), batched over sessions. Every method is pure: it
 * returns new tensors and leaves its arguments alive (the caller disposes states with
 * `disposeManipulatorState`). Wrong shapes, or a state of another kind, throw a
 * `ManipulatorError` naming what is wrong.
 */
export interface Manipulator {
  readonly kind: ManipulatorKind;
  readonly schema: AttributeSchema;
  /** D, the width of one attribute's chunk. */
  readonly dim: number;
  /** attributes * D: query vectors are [B, vectorSize]. */
  readonly vectorSize: number;
  /** The schema's label vector length: indicators are [B, indicatorSize]. */
  readonly indicatorSize: number;
  /** What recreates it (with every default filled in): saved in weight manifests. */
  readonly options: AddeMOptions | ResolvedMannOptions;
  readonly stateLayout: StateLayout;
  /** queryVectors [B, vectorSize] (the encoder's features of the reference items). */
  init(queryVectors: Tensor2D): ManipulatorState;
  /**
   * One manipulation per session: indicators [B, indicatorSize]. With `mask` [B], sessions
   * at 0 keep their state exactly.
   */
  step(state: ManipulatorState, indicators: Tensor2D, mask?: Tensor1D): ManipulatorState;
  /** The L2-normalised query of each session: [B, vectorSize]. */
  query(state: ManipulatorState): Tensor2D;
  /** The whole batch as one blob (exact: float32 bits are copied). */
  stateToBytes(state: ManipulatorState): Promise<Uint8Array>;
  /** One blob per session, in batch order: what the service stores per turn. */
  sessionsToBytes(state: ManipulatorState): Promise<Uint8Array[]>;
  /** One blob, or several concatenated into one batch in order. */
  stateFromBytes(bytes: Uint8Array | readonly Uint8Array[]): ManipulatorState;
  /** Trainable weights with names stable across processes (for saving). */
  namedVariables(): readonly (readonly [string, Variable])[];
  dispose(): void;
}

/** A state's tensors by field name. */
export function stateTensors(state: ManipulatorState): Readonly<Record<string, Tensor>> {
  return state.tensors;
}
