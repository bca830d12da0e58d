/**
 * CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), table-driven, as TFRecord framing needs.
 * Hand-written: the registry's crc32c packages are native addons (fast-crc32c, @node-rs/crc32),
 * which `.npmrc`'s ignore-scripts and the wasm-first setup make a poor trade for ~20 lines.
 */
const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0x82f63b78 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/**
 * The CRC-32C of `bytes`, unsigned.
 *
 * @example
 * crc32c(new TextEncoder().encode("123456789")); // 0xe3069283
 */
export function crc32c(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * TFRecord's masked CRC: rotated right by 15 bits plus a constant, so that a CRC stored inside
 * checksummed data does not make the outer checksum degenerate (tensorflow/core/lib/hash/crc32c.h).
 *
 * @example
 * maskedCrc32c(bytes); // what TensorBoard's reader checks
 */
export function maskedCrc32c(bytes: Uint8Array): number {
  const crc = crc32c(bytes);
  return (((crc >>> 15) | (crc << 17)) + 0xa282ead8) >>> 0;
}
