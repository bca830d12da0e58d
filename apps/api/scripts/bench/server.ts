/**
 * The API server the benchmark drives: `apps/api/src/main.ts` in a child process (the real
 * server, real HTTP), over a temporary PGlite folder or a PostgreSQL URL.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const MAIN = fileURLToPath(new URL("../../src/main.ts", import.meta.url));

export interface BenchServer {
  readonly url: string;
  readonly pid: number;
  /** Seconds from spawn to listening (seeding, features, index included). */
  readonly startSeconds: number;
  /** Which database it uses, in words. */
  readonly database: string;
  stop(): Promise<void>;
}

export interface BenchServerOptions {
  /** A postgres(ql):// URL; a fresh PGlite folder when left out. */
  readonly databaseUrl?: string;
  /** Variables for the child besides PORT and DATABASE_URL (ATELIER_API_*, OMP_*). */
  readonly env: Readonly<Record<string, string>>;
  /** Extra node flags for the child (e.g. --cpu-prof to profile the server). */
  readonly nodeArgs?: readonly string[];
}

/** A free TCP port on localhost. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

/**
 * Starts the server (it migrates the database itself) and resolves once it listens. The child's stderr
 * (progress bars of the first start) is passed through.
 *
 * @example
 * const server = await startBenchServer({ env: { ATELIER_API_PRODUCTS: "100000" } });
 */
export async function startBenchServer(options: BenchServerOptions): Promise<BenchServer> {
  const dir =
    options.databaseUrl === undefined ? await mkdtemp(join(tmpdir(), "atelier-bench-")) : undefined;
  const databaseUrl = options.databaseUrl ?? `pglite:${dir}`;
  const port = await freePort();
  const began = performance.now();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), "--import", "tsx", MAIN], {
    env: { ...process.env, ...options.env, PORT: String(port), DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await listening(child);
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  };
  return {
    url: url.replace("localhost", "127.0.0.1"),
    pid: child.pid ?? -1,
    startSeconds: (performance.now() - began) / 1000,
    database:
      options.databaseUrl === undefined ? "PGlite (embedded, in the server process)" : "PostgreSQL",
    stop,
  };
}

/** The URL the child prints ("api: http://localhost:PORT/ (...)"), or its failure. */
function listening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /api: (http\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once("exit", (code) =>
      reject(new Error(`the server exited (${code}) before listening:\n${out}`)),
    );
  });
}

/** Resident and peak memory of a process, in MiB (Linux /proc). */
export function memoryOf(pid: number): { rssMiB: number; peakMiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { rssMiB: kb("VmRSS") / 1024, peakMiB: kb("VmHWM") / 1024 };
}
