import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { decodeImages } from "./images.ts";
import { loadShopping100k, writeShopping100kAttributes } from "./shopping100k.ts";
import { expectDatasetError, tinySchema, useTempDir } from "./test-support.ts";

const IMAGES = [
  "Female/1_Coat/1_1.jpg",
  "Male/2_Shirt/2_1.jpg",
  "Female/3_Dress/3_2.jpg",
  "Female/3_Dress/4_1.jpg",
];

/** Attribute files of the tiny schema for IMAGES (value positions; -1 = missing). */
const ATTRIBUTES = {
  "category.txt": [0, 1, 2, 2],
  "sleeve.txt": [0, 1, -1, 1],
  "color.txt": [1, -1, 0, 0],
};

async function writeTree(root: string, attributes: Record<string, string> = {}): Promise<void> {
  const solid = (r: number, g: number, b: number) =>
    sharp({ create: { width: 20, height: 30, channels: 3, background: { r, g, b } } });
  const files: [string, Buffer][] = [
    [IMAGES[0] as string, await solid(255, 0, 0).jpeg().toBuffer()],
    [IMAGES[1] as string, await solid(0, 0, 255).png().toBuffer()], // PNG bytes under .jpg: decoded by content
    [IMAGES[2] as string, await solid(0, 255, 0).jpeg().toBuffer()],
    [IMAGES[3] as string, Buffer.from("not an image at all")],
  ];
  for (const [path, bytes] of files) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), bytes);
  }
  await mkdir(join(root, "Attributes"), { recursive: true });
  for (const [file, values] of Object.entries(ATTRIBUTES)) {
    const text = attributes[file] ?? values.map((v, i) => `${IMAGES[i]} ${v}\n`).join("");
    await writeFile(join(root, "Attributes", file), text);
  }
}

describe("loadShopping100k", () => {
  const dir = useTempDir();

  it("turns the attribute files into per-image value indices and label vectors", async () => {
    await writeTree(dir());
    const items = await loadShopping100k(dir(), tinySchema);
    expect(items.images).toEqual(IMAGES);
    expect(items.valueIndices.map((v) => Array.from(v))).toEqual([
      [0, 0, 1],
      [1, 1, -1],
      [2, -1, 0],
      [2, 1, 0],
    ]);
    expect(Array.from(items.labels[1] ?? [])).toEqual([0, 1, 0, 0, 1, 0, 0]);
  });

  it("writes attribute files that load back to the same items, byte-identically", async () => {
    await writeTree(dir());
    const items = await loadShopping100k(dir(), tinySchema);
    await writeShopping100kAttributes(join(dir(), "copy"), tinySchema, items);
    expect(await readFile(join(dir(), "copy", "Attributes", "sleeve.txt"), "utf8")).toBe(
      await readFile(join(dir(), "Attributes", "sleeve.txt"), "utf8"),
    );
    expect(await loadShopping100k(join(dir(), "copy"), tinySchema)).toEqual(items);
  });

  it("refuses to write a value out of range or a duplicate image, and writes nothing", async () => {
    const images = ["a.jpg", "b.jpg"];
    await expectDatasetError(
      writeShopping100kAttributes(dir(), tinySchema, {
        images,
        valueIndices: [
          [0, 0, 0],
          [0, 2, 0],
        ],
      }),
      "index_out_of_range",
      `${join(dir(), "Attributes", "sleeve.txt")}:2: value index 2 of "b.jpg" is out of range for attribute "sleeve"`,
    );
    await expectDatasetError(
      writeShopping100kAttributes(dir(), tinySchema, {
        images: ["a.jpg", "a.jpg"],
        valueIndices: [
          [0, 0, 0],
          [0, 0, 0],
        ],
      }),
      "duplicate_path",
      '"a.jpg" is listed twice, also on line 1',
    );
    expect(await readdir(dir())).toEqual([]);
  });

  it("decodes the tree's images, reporting and skipping the corrupt one", async () => {
    await writeTree(dir());
    const items = await loadShopping100k(dir(), tinySchema);
    const logged: string[] = [];
    const { batches, report } = decodeImages(items.images, 8, {
      root: dir(),
      batchSize: 3,
      log: (message) => logged.push(message),
    });
    const seen: number[] = [];
    for await (const batch of batches) {
      seen.push(...batch.indices);
      expect(batch.data.length).toBe(batch.indices.length * 8 * 8 * 3);
    }
    expect(seen).toEqual([0, 1, 2]);
    expect(report.decoded).toBe(3);
    expect(report.failed.map((f) => [f.index, f.path])).toEqual([[3, IMAGES[3]]]);
    expect(report.failed[0]?.reason).toContain("cannot decode image");
    expect(logged).toEqual([`${IMAGES[3]}: ${report.failed[0]?.reason}`]);
  });

  it("names file and line of every malformed attribute line", async () => {
    const attributes = join(dir(), "Attributes");
    const cases: [Record<string, string>, Parameters<typeof expectDatasetError>[1], string][] = [
      [
        { "color.txt": `${IMAGES[0]} 1\n${IMAGES[1]} 2\n` },
        "index_out_of_range",
        `${join(attributes, "color.txt")}:2: value index 2 of "${IMAGES[1]}" is out of range for attribute "color" (0..1, or -1 for missing)`,
      ],
      [{ "color.txt": `${IMAGES[0]} -2\n` }, "index_out_of_range", "color.txt:1: value index -2"],
      [
        { "color.txt": `${IMAGES[0]} one\n` },
        "not_an_integer",
        `color.txt:1: value index "one" of "${IMAGES[0]}" is not an integer`,
      ],
      [
        { "color.txt": `${IMAGES[0]}\n` },
        "malformed_line",
        `color.txt:1: "${IMAGES[0]}" has no value index; expected "<image path> <value index or -1>"`,
      ],
      [{ "color.txt": `${IMAGES[0]} 1\n\n` }, "empty_line", "color.txt:2: line is empty"],
      [
        { "sleeve.txt": `${IMAGES[0]} 0\n${IMAGES[1]} 1\n${IMAGES[0]} 1\n` },
        "duplicate_path",
        `sleeve.txt:3: "${IMAGES[0]}" is listed twice, also on line 1`,
      ],
      [
        { "sleeve.txt": `${IMAGES[0]} 0\nMale/9_Suit/9_1.jpg 1\n` },
        "missing_entry",
        `sleeve.txt:2: "Male/9_Suit/9_1.jpg" is not in ${join(attributes, "category.txt")}; every image must be in every attribute file`,
      ],
      [
        { "sleeve.txt": `${IMAGES[0]} 0\n${IMAGES[1]} 1\n${IMAGES[3]} 1\n` },
        "missing_entry",
        `sleeve.txt: "${IMAGES[2]}" (listed in ${join(attributes, "category.txt")} on line 3) is missing from this file`,
      ],
      [{ "category.txt": `/abs/${IMAGES[0]} 0\n` }, "invalid_path", "category.txt:1: image path"],
    ];
    for (const [files, code, message] of cases) {
      await writeTree(dir(), files);
      await expectDatasetError(loadShopping100k(dir(), tinySchema), code, message);
    }
  });

  it("names a missing attribute file", async () => {
    await writeTree(dir());
    await expectDatasetError(
      loadShopping100k(dir(), tinySchema, { attributesDir: "Labels" }),
      "missing_file",
      `${join(dir(), "Labels", "category.txt")}: file not found`,
    );
  });
});
