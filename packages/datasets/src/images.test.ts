import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { decodeImage, decodeImages } from "./images.ts";
import { expectDatasetError, useTempDir } from "./test-support.ts";

async function solid(file: string, channels: 3 | 4, pixel: number[], format: "png" | "jpeg") {
  const image = sharp(
    Buffer.from(Array.from({ length: 6 * 4 * channels }, (_, i) => pixel[i % channels] ?? 0)),
    {
      raw: { width: 6, height: 4, channels },
    },
  );
  await writeFile(
    file,
    await (format === "png" ? image.png() : image.jpeg({ quality: 100 })).toBuffer(),
  );
}

describe("decodeImage", () => {
  const dir = useTempDir();

  it("gives RGB HWC floats in [0, 1] at size x size (stretched, not cropped)", async () => {
    const file = join(dir(), "red.png");
    await solid(file, 3, [255, 0, 51], "png");
    const pixels = await decodeImage(file, 5);
    expect(pixels.length).toBe(5 * 5 * 3);
    expect(Array.from(pixels.subarray(0, 3)).map((v) => Math.round(v * 255))).toEqual([255, 0, 51]);
    expect(Math.max(...pixels)).toBeLessThanOrEqual(1);
  });

  it("makes 3 channels of a grayscale image and flattens transparency onto white", async () => {
    const gray = join(dir(), "gray.png");
    await writeFile(
      gray,
      await sharp(Buffer.alloc(24, 128), { raw: { width: 6, height: 4, channels: 1 } })
        .png()
        .toBuffer(),
    );
    const pixels = await decodeImage(gray, 2);
    expect(Array.from(pixels).map((v) => Math.round(v * 255))).toEqual(Array(12).fill(128));

    const clear = join(dir(), "clear.png");
    await solid(clear, 4, [0, 0, 0, 0], "png");
    expect(Array.from(await decodeImage(clear, 2))).toEqual(Array(12).fill(1));
  });

  it("names a missing file and an undecodable one", async () => {
    await expectDatasetError(
      decodeImage(join(dir(), "none.jpg"), 4),
      "missing_file",
      "none.jpg: file not found",
    );
    const bad = join(dir(), "bad.jpg");
    await writeFile(bad, "garbage");
    await expectDatasetError(decodeImage(bad, 4), "decode_failed", "bad.jpg: cannot decode image");
    await expectDatasetError(
      decodeImage(bad, 0),
      "invalid_argument",
      "size must be a positive integer, got 0",
    );
  });
});

describe("decodeImages", () => {
  const dir = useTempDir();

  it("keeps input order across batches and accounts for every image", async () => {
    await mkdir(join(dir(), "a"));
    const paths: string[] = [];
    for (let i = 0; i < 7; i++) {
      const path = `a/${i}.jpg`;
      paths.push(path);
      if (i === 2) await writeFile(join(dir(), path), "truncated");
      else if (i !== 5) await solid(join(dir(), path), 3, [i * 30, 0, 0], "jpeg");
    }
    const { batches, report } = decodeImages(paths, 4, {
      root: dir(),
      batchSize: 3,
      concurrency: 2,
    });
    const order: number[] = [];
    const reds: number[] = [];
    for await (const batch of batches) {
      expect(batch.paths).toEqual(Array.from(batch.indices, (i) => paths[i]));
      order.push(...batch.indices);
      for (let k = 0; k < batch.indices.length; k++)
        reds.push(Math.round((batch.data[k * 48] ?? 0) * 255));
    }
    expect(order).toEqual([0, 1, 3, 4, 6]);
    expect(reds.map((r) => Math.round(r / 30))).toEqual([0, 1, 3, 4, 6]);
    expect(report.decoded).toBe(5);
    expect(report.failed.map((f) => [f.index, f.path, f.reason.split(":")[0]])).toEqual([
      [2, "a/2.jpg", "cannot decode image"],
      [5, "a/5.jpg", "file not found"],
    ]);
  });

  it("rejects a bad batch size before decoding anything", () => {
    expect(() => decodeImages([], 4, { batchSize: 0 })).toThrow(
      "batchSize must be a positive integer",
    );
  });
});
