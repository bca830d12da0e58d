/** Checks at ADDE-M's public edge, so a wrong tensor fails with a message naming it. */
import type { Tensor } from "@tensorflow/tfjs";
import { expectShape } from "../errors.ts";
import type { AddeMConfig } from "./config.ts";

/** `x` must hold one indicator (or label vector) per row of a batch of `batch`. */
export function checkIndicators(config: AddeMConfig, what: string, x: Tensor, batch: number): void {
  expectShape(`${what} (1 per row, ${config.indicatorSize} wide)`, x.shape, [
    batch,
    config.indicatorSize,
  ]);
}
