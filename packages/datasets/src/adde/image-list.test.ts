import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectDatasetError, shopping100k, tinySchema, useTempDir } from "../test-support.ts";
import { readAttrNum, writeAttrNum } from "./attr-num.ts";
import { readImageList, writeImageList } from "./image-list.ts";

describe("imgs_*.txt", () => {
  const dir = useTempDir();

  it("round-trips relative paths, spaces and non-ASCII included", async () => {
    const file = join(dir(), "imgs_test.txt");
    const paths = ["Female/1_Coats/10_1.jpg", "Male/4_Shirts/7 2.jpg", "Female/15_Dress/ü_1.jpg"];
    await writeImageList(file, paths);
    expect(await readFile(file, "utf8")).toBe(`${paths.join("\n")}\n`);
    expect(await readImageList(file)).toEqual(paths);
  });

  it("names file and line of an empty, absolute or padded path", async () => {
    const file = join(dir(), "imgs_test.txt");
    await writeFile(file, "a.jpg\n\nb.jpg\n");
    await expectDatasetError(readImageList(file), "invalid_path", `${file}:2: image path is empty`);
    await writeFile(file, "a.jpg\n/data/b.jpg\n");
    await expectDatasetError(
      readImageList(file),
      "invalid_path",
      `${file}:2: image path "/data/b.jpg" is absolute`,
    );
    await writeFile(file, "a.jpg \n");
    await expectDatasetError(
      readImageList(file),
      "invalid_path",
      `${file}:1: image path "a.jpg " has leading or trailing whitespace`,
    );
  });

  it("refuses to write a path with a line break", async () => {
    const file = join(dir(), "imgs.txt");
    await expectDatasetError(
      writeImageList(file, ["a.jpg", "b\n.jpg"]),
      "invalid_path",
      `${file}:2: image path contains a line break`,
    );
  });
});

describe("attr_num.txt", () => {
  const dir = useTempDir();

  it("writes Shopping100k's value counts one per line and reads them back", async () => {
    const file = join(dir(), "attr_num.txt");
    await writeAttrNum(file, shopping100k);
    expect(await readFile(file, "utf8")).toBe("16\n17\n19\n14\n10\n15\n2\n11\n16\n7\n9\n15\n");
    expect(await readAttrNum(file, shopping100k)).toEqual([
      16, 17, 19, 14, 10, 15, 2, 11, 16, 7, 9, 15,
    ]);
  });

  it("names the attribute whose count differs from the schema, and a wrong number of lines", async () => {
    const file = join(dir(), "attr_num.txt");
    await writeFile(file, "3\n3\n2\n");
    await expectDatasetError(
      readAttrNum(file, tinySchema),
      "invalid_value",
      `${file}:2: attribute 2 ("sleeve") has 3 values here, 2 in tiny's schema`,
    );
    await writeFile(file, "3\n2\n");
    await expectDatasetError(
      readAttrNum(file, tinySchema),
      "count_mismatch",
      `${file}: 2 lines, expected 3`,
    );
    await writeFile(file, "3\n2\n2\n5\n");
    await expectDatasetError(
      readAttrNum(file, tinySchema),
      "count_mismatch",
      `${file}:4: more lines than the 3 attributes`,
    );
  });
});
