/** Checks at the MANN's public edge, so a wrong tensor fails with a message naming it. */
import type { Tensor } from "@tensorflow/tfjs";
import { ntmBadInput } from "../errors.ts";
import { checkShape, type NtmState } from "../ntm/state.ts";
import { checkVectors as checkSizedVectors } from "../sizes.ts";
import type { MannConfig } from "./config.ts";

/** `x` must be [B, attributes * D] with B >= 1; returns B. Throws an NtmError. */
export function checkVectors(config: MannConfig, what: string, x: Tensor): number {
  return checkSizedVectors(config, what, x, ntmBadInput);
}

/** `state` must hold sessions of this MANN (memory, controller); returns its batch. */
export function checkState(config: MannConfig, state: NtmState): number {
  const batch = state.memory.shape[0];
  checkShape("state memory", state.memory.shape, [batch, config.attributes, config.dim]);
  checkShape("state h", state.h.shape, [batch, config.ntm.controllerUnits]);
  return batch;
}

/** One indicator row (and mask entry, if any) per session of a state of `batch` sessions. */
export function checkStepInputs(
  config: MannConfig,
  batch: number,
  indicators: Tensor,
  mask?: Tensor,
): void {
  checkShape(`indicators (1 per session, ${config.indicatorSize} wide)`, indicators.shape, [
    batch,
    config.indicatorSize,
  ]);
  if (mask !== undefined) checkShape("mask (1 per session)", mask.shape, [batch]);
}
