/** The `atelier` CLI as a user runs it (a child process through tsx), for end-to-end tests. */
import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";

const root = resolve(import.meta.dirname, "../../../..");
const tsx = resolve(root, "node_modules", ".bin", "tsx");
const main = resolve(import.meta.dirname, "..", "main.ts");

/**
 * Runs `atelier ...args`; resolves with its exit code and stdout + stderr, never rejects.
 *
 * @example
 * const { code, out } = await atelier("train", "mann", "--steps", "2", "--out", dir);
 */
export async function atelier(...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(tsx, [main, ...args], {
      timeout: 60_000,
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, out: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}
