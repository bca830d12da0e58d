import type { AttributeSchema } from "@atelier/schema";
import { NtmError } from "../errors.ts";
import { type Addressing, type NtmConfig, resolveNtmConfig } from "../ntm/config.ts";
import type { ManipulatorSizes } from "../sizes.ts";

/**
 * How a step picks the memory row it writes. `content`: the write head's learned addressing, as
 * in the thesis. `attribute`: the rows of the attributes the manipulation names (DESIGN.md,
 * "Leads for a better MANN": row r *is* attribute r, so nothing needs learning there).
 */
export type WriteBy = "content" | "attribute";

/**
 * What a step adds besides the NTM's own write. `none`: nothing, as in the thesis.
 * `prototypes` (DESIGN.md, "Leads"): ADDE-M's residual W · indicator, a learned prototype
 * difference per value initialised block-diagonally from the data, added to the memory rows,
 * so that the controller's erase/add refines an edit that is right from the start.
 * `replace`: the same W, initialised the same way, but the step writes the new value's
 * prototype W · max(indicator, 0) into the named rows and the write head starts by erasing
 * them: the row becomes the new value's, instead of the old row plus a difference of means.
 */
export type Residual = "none" | "prototypes" | "replace";

export const RESIDUALS: readonly Residual[] = ["none", "prototypes", "replace"];

/** What a caller chooses; sizes of the memory and input come from the attribute schema. */
export interface MannOptions {
  /** D, the width of one attribute's chunk of the query vector (340 for ADDE on Shopping100k). */
  dim: number;
  /** Default `content`, the thesis's (shift means nothing over attribute rows). */
  addressing?: Addressing;
  /** Default `content`, the thesis's. */
  writeBy?: WriteBy;
  /** Default `none`, the thesis's. */
  residual?: Residual;
  /** LSTM units; default 100, the thesis's. */
  controllerUnits?: number;
  /** Collier & Beel (2018) stabilisers, on by default (see NtmConfig). */
  tanhKeyAndAdd?: boolean;
  outputClip?: number;
}

/**
 * A resolved MANN: the NTM it runs on, and the sizes it checks its inputs against
 * (attributes = memory rows, dim = memory width).
 */
export interface MannConfig extends ManipulatorSizes {
  writeBy: WriteBy;
  residual: Residual;
  ntm: NtmConfig;
}

/**
 * Sizes the thesis's MANN on `schema`: one memory row per attribute, D wide; the controller
 * reads the manipulation indicator (and, inside the NTM, the previous read).
 *
 * @example
 * resolveMannConfig(shopping100k, { dim: 340 }).vectorSize; // 4080
 */
export function resolveMannConfig(schema: AttributeSchema, options: MannOptions): MannConfig {
  // Checked here so the message names the MANN's option, not the NTM's memoryWidth.
  if (!Number.isInteger(options.dim) || options.dim < 1) {
    throw new NtmError("bad-config", `dim must be a positive integer, got ${options.dim}`);
  }
  const writeBy = options.writeBy ?? "content";
  if (writeBy !== "content" && writeBy !== "attribute") {
    throw new NtmError("bad-config", `writeBy must be "content" or "attribute", got ${writeBy}`);
  }
  const residual = options.residual ?? "none";
  if (!RESIDUALS.includes(residual)) {
    throw new NtmError(
      "bad-config",
      `residual must be one of ${RESIDUALS.join(", ")}, got ${residual}`,
    );
  }
  if (residual === "replace" && writeBy !== "attribute") {
    // The head starts by clearing the rows it writes: they must be the named attributes' rows.
    throw new NtmError(
      "bad-config",
      `residual "replace" needs writeBy "attribute", got ${writeBy}`,
    );
  }
  const { dim, writeBy: _, residual: __, ...rest } = options;
  // Spreading only the keys given keeps the NTM's defaults for the others.
  const defined = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  const ntm = resolveNtmConfig({
    ...defined,
    inputSize: schema.total,
    memoryRows: schema.attributes.length,
    memoryWidth: dim,
    outputSize: 0,
  });
  return {
    attributes: ntm.memoryRows,
    dim: ntm.memoryWidth,
    indicatorSize: ntm.inputSize,
    vectorSize: ntm.memoryRows * ntm.memoryWidth,
    writeBy,
    residual,
    ntm,
  };
}
