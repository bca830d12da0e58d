import { NtmError } from "../errors.ts";

/**
 * `content`: w = softmax(beta * cosine(key, M_i)) only. `full`: content weights, then
 * interpolation with the previous weights, a 3-tap circular shift and sharpening (Graves et al.
 * 2014, section 3.3).
 */
export type Addressing = "content" | "full";

/** Every size and switch of an NTM cell. */
export interface NtmConfig {
  /** Width of one step's input. */
  inputSize: number;
  /** N, the number of memory rows. */
  memoryRows: number;
  /** M, the width of a memory row (and of the read vector). */
  memoryWidth: number;
  /** Units of the LSTM controller. */
  controllerUnits: number;
  /** Width of the output layer on [h, read]; 0 for none (MANN reads the memory instead). */
  outputSize: number;
  addressing: Addressing;
  /** Collier & Beel (2018): tanh on the key and add vectors. */
  tanhKeyAndAdd: boolean;
  /** Collier & Beel (2018): head parameters and outputs clipped to +-this; 0 turns it off. */
  outputClip: number;
}

/** The sizes a caller must give; the rest default to the thesis's NTM with the stabilisers on. */
export type NtmOptions = Pick<NtmConfig, "inputSize" | "memoryRows" | "memoryWidth"> &
  Partial<NtmConfig>;

const positive = ["inputSize", "memoryRows", "memoryWidth", "controllerUnits"] as const;

/**
 * Fills in defaults (100 controller units, no output layer, content addressing, stabilisers
 * on) and checks every field.
 *
 * @example
 * resolveNtmConfig({ inputSize: 151 + 340, memoryRows: 12, memoryWidth: 340 });
 */
export function resolveNtmConfig(options: NtmOptions): NtmConfig {
  const config: NtmConfig = {
    controllerUnits: 100,
    outputSize: 0,
    addressing: "content",
    tanhKeyAndAdd: true,
    outputClip: 20,
    ...options,
  };
  for (const key of positive) {
    const value = config[key];
    if (!Number.isInteger(value) || value < 1) {
      throw new NtmError("bad-config", `${key} must be a positive integer, got ${value}`);
    }
  }
  if (!Number.isInteger(config.outputSize) || config.outputSize < 0) {
    throw new NtmError(
      "bad-config",
      `outputSize must be an integer >= 0, got ${config.outputSize}`,
    );
  }
  if (config.addressing !== "content" && config.addressing !== "full") {
    throw new NtmError(
      "bad-config",
      `addressing must be "content" or "full", got ${config.addressing}`,
    );
  }
  if (!(config.outputClip >= 0)) {
    throw new NtmError("bad-config", `outputClip must be >= 0, got ${config.outputClip}`);
  }
  return config;
}

/** Location-addressing parameters per head under `full`: gate 1, shift 3, gamma 1. */
const LOCATION_PARAMS = 5;

/**
 * Widths of the read and write heads' parameter vectors: key M, beta 1, then the location
 * parameters under `full`; the write head adds erase M and add M.
 */
export function headSizes(config: NtmConfig): { read: number; write: number } {
  const read = config.memoryWidth + 1 + (config.addressing === "full" ? LOCATION_PARAMS : 0);
  return { read, write: read + 2 * config.memoryWidth };
}
