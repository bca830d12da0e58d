import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readLines, writeFilesTogether, writeLines } from "./files.ts";
import { expectDatasetError, useTempDir } from "./test-support.ts";

async function lines(file: string) {
  const out: [number, string][] = [];
  for await (const { line, text } of readLines(file)) out.push([line, text]);
  return out;
}

describe("readLines", () => {
  const dir = useTempDir();

  it("numbers lines from 1, accepts CRLF, and a final newline adds no empty line", async () => {
    const file = join(dir(), "a.txt");
    await writeFile(file, "one\r\ntwo\n\nfour\n");
    expect(await lines(file)).toEqual([
      [1, "one"],
      [2, "two"],
      [3, ""],
      [4, "four"],
    ]);
  });

  it("reads a last line without a newline, and an empty file as no lines", async () => {
    const file = join(dir(), "a.txt");
    await writeFile(file, "one\ntwo");
    expect(await lines(file)).toEqual([
      [1, "one"],
      [2, "two"],
    ]);
    await writeFile(file, "");
    expect(await lines(file)).toEqual([]);
  });

  it("keeps a multi-byte character whole across its 1 MiB reads", async () => {
    const file = join(dir(), "a.txt");
    const long = `${"a".repeat((1 << 20) - 1)}é-tail`;
    await writeFile(file, `${long}\nnext\n`);
    expect(await lines(file)).toEqual([
      [1, long],
      [2, "next"],
    ]);
  });

  it("names a missing file and a directory", async () => {
    await expectDatasetError(
      lines(join(dir(), "nope.txt")),
      "missing_file",
      "nope.txt: file not found",
    );
    await mkdir(join(dir(), "sub"));
    await expectDatasetError(lines(join(dir(), "sub")), "unreadable_file", "is not a regular file");
  });
});

describe("writeLines / writeFilesTogether", () => {
  const dir = useTempDir();

  it("ends every line with \\n, and writes nothing at all for no lines", async () => {
    const file = join(dir(), "a.txt");
    await writeLines(file, ["x", "y"]);
    expect(await readFile(file, "utf8")).toBe("x\ny\n");
    await writeLines(file, []);
    expect(await readFile(file, "utf8")).toBe("");
  });

  it("changes no file when a producer throws half-way, and leaves no temporary file", async () => {
    const a = join(dir(), "a.txt");
    const b = join(dir(), "b.txt");
    await writeFile(a, "old a\n");
    await writeFile(b, "old b\n");
    function* failing() {
      yield "new b";
      throw new Error("row 2 rejected");
    }
    await expect(
      writeFilesTogether([
        { file: a, lines: ["new a"] },
        { file: b, lines: failing() },
      ]),
    ).rejects.toThrow("row 2 rejected");
    expect(await readFile(a, "utf8")).toBe("old a\n");
    expect(await readFile(b, "utf8")).toBe("old b\n");
    expect((await readdir(dir())).sort()).toEqual(["a.txt", "b.txt"]);
  });

  it("writes binary chunks as they are", async () => {
    const file = join(dir(), "a.bin");
    await writeFilesTogether([{ file, bytes: [Uint8Array.of(1, 2), Uint8Array.of(3)] }]);
    expect([...(await readFile(file))]).toEqual([1, 2, 3]);
  });

  it("names a folder that does not exist", async () => {
    await expectDatasetError(
      writeLines(join(dir(), "no", "a.txt"), ["x"]),
      "missing_file",
      "a.txt: cannot write: folder",
    );
  });
});
