import { describe, expect, it } from "vitest";
import { findCommand } from "./find-command.ts";
import { type Command, intOption, oneOf, parseOptions, positiveInt, required } from "./options.ts";

const noop = async () => {};
const commands: Command[] = [
  { name: "demo", summary: "demo", run: noop },
  { name: "catalog generate", summary: "generate", run: noop },
  { name: "catalog seed-db", summary: "seed", run: noop },
];

describe("command table", () => {
  it("finds two-word commands and passes the rest on", () => {
    const found = findCommand(commands, ["catalog", "generate", "--out", "x"]);
    expect(found.command.name).toBe("catalog generate");
    expect(found.args).toEqual(["--out", "x"]);
    expect(findCommand(commands, ["demo"]).args).toEqual([]);
  });

  it("lists the commands when the name is unknown", () => {
    expect(() => findCommand(commands, ["catalog", "frob"])).toThrow(
      /unknown command "catalog frob"[\s\S]*catalog seed-db/,
    );
  });
});

describe("options", () => {
  it("name the option that is wrong", () => {
    expect(() => positiveInt("products", "0")).toThrow(
      '--products must be an integer at least 1, got "0"',
    );
    expect(() => intOption("size", "12", 16, 1024)).toThrow(
      "--size must be an integer from 16 to 1024",
    );
    expect(() => intOption("seed", "1.5", 0)).toThrow("--seed");
    expect(() => required("out", undefined)).toThrow("--out is required");
    expect(() => oneOf("distribution", "even", ["balanced", "natural"])).toThrow(
      '--distribution must be one of balanced, natural, got "even"',
    );
    expect(() => parseOptions("catalog generate", ["--bogus"], {})).toThrow(
      /catalog generate: .*--bogus/,
    );
    expect(positiveInt("products", "20000")).toBe(20000);
  });
});
