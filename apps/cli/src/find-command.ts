import type { Command } from "./options.ts";

/**
 * The command named by the first words of `argv` (the longest match: `catalog generate` before
 * `catalog`), and the arguments after its name. An unknown name lists the commands.
 *
 * @example
 * findCommand(COMMANDS, ["catalog", "generate", "--out", "x"]); // { command, args: ["--out", "x"] }
 */
export function findCommand(
  commands: readonly Command[],
  argv: readonly string[],
): { command: Command; args: string[] } {
  const byLength = [...commands].sort(
    (a, b) => b.name.split(" ").length - a.name.split(" ").length,
  );
  for (const command of byLength) {
    const words = command.name.split(" ");
    if (words.every((word, i) => argv[i] === word)) {
      return { command, args: argv.slice(words.length) };
    }
  }
  const typed = argv
    .filter((word) => !word.startsWith("-"))
    .slice(0, 2)
    .join(" ");
  const list = commands.map((c) => `  ${c.name.padEnd(24)} ${c.summary}`).join("\n");
  throw new Error(`unknown command "${typed}"; commands:\n${list}`);
}
