/**
 * What memory and MANN training and evaluation start from: a trained encoder (its folder of
 * weights) and the features of the default procedural catalog, computed once and cached.
 */
import { statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  type Catalog,
  type CatalogFeatures,
  cachedCatalogFeatures,
  generateCatalog,
} from "@atelier/catalog";
import type { Tf } from "@atelier/ml";
import { type Encoder, loadEncoderWeights, readWeights } from "@atelier/models";
import { shopping100k } from "@atelier/schema";

/** The committed default models (`models/` at the repository root; see its model card). */
export const DEFAULT_MODELS_DIR = fileURLToPath(new URL("../../../../models", import.meta.url));

/** The default catalog: the one `atelier catalog generate` and the demo make. */
export const DEFAULT_CATALOG = { seed: 42, count: 20_000 } as const;

export interface EncodedCatalog {
  readonly features: CatalogFeatures;
  /** The encoder's D. */
  readonly dim: number;
}

/** The procedural catalog of `options` (default: the default catalog) on Shopping100k's schema. */
export function defaultCatalog(
  options: { seed: number; count: number } = DEFAULT_CATALOG,
): Catalog {
  return generateCatalog({ schema: shopping100k, ...options });
}

/** Throws unless `dir` holds encoder weights (manifest.json), naming the option. */
export function checkEncoderDir(option: string, dir: string): void {
  if (!statSync(`${dir}/manifest.json`, { throwIfNoEntry: false })?.isFile()) {
    throw new Error(
      `--${option} must be a folder of encoder weights (atelier train encoder writes <out>/encoder), got "${dir}"`,
    );
  }
}

/** What the caller expects of an encoder: its D (`--dim`), and the command, for messages. */
export interface EncoderExpectation {
  dim?: number;
  command?: string;
}

/**
 * Loads the encoder in `encoderDir`, refuses it when its D is not `expect.dim`, runs `use` with
 * it and its weight bytes (the key of its feature caches), and disposes it.
 *
 * @example
 * const n = await withEncoder(tf, "models/encoder", { dim: 32 }, async (encoder) => encoder.vectorSize);
 */
export async function withEncoder<T>(
  tf: Tf,
  encoderDir: string,
  expect: EncoderExpectation,
  use: (encoder: Encoder, weightBytes: Uint8Array) => Promise<T>,
): Promise<T> {
  checkEncoderDir("encoder", encoderDir);
  const { manifest, bytes } = await readWeights(encoderDir);
  const encoder = loadEncoderWeights(tf, shopping100k, manifest, bytes);
  try {
    // Checked before encoding: a wrong --dim stops at once, not after 20,000 renders.
    const dim = encoder.config.dim;
    if (expect.dim !== undefined && dim !== expect.dim) {
      throw new Error(
        `${expect.command ?? "train"}: --dim is ${expect.dim} but the encoder in ${encoderDir} has D = ${dim}; pass --dim ${dim}`,
      );
    }
    return await use(encoder, bytes);
  } finally {
    encoder.dispose();
  }
}

/**
 * @example
 * const { features, dim } = await encodeCatalogWith(tf, "models/encoder", defaultCatalog());
 */
export async function encodeCatalogWith(
  tf: Tf,
  encoderDir: string,
  catalog: Catalog,
  expect: EncoderExpectation = {},
): Promise<EncodedCatalog> {
  return withEncoder(tf, encoderDir, expect, async (encoder, bytes) => ({
    features: await cachedCatalogFeatures(tf, encoder, encoderDir, bytes, catalog),
    dim: encoder.config.dim,
  }));
}
