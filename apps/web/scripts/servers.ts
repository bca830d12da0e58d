// Builds the Next app when its sources changed since the last build, runs `next start`, and runs
// the API as its own `npm start` does: used by the browser tests and by `npm run serve`.
import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const WEB_DIR = fileURLToPath(new URL("..", import.meta.url));
const API_DIR = fileURLToPath(new URL("../../api", import.meta.url));
const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");
const SOURCES = ["app", "components", "hooks", "lib", "next.config.ts", "package.json"];
const STAMP = join(WEB_DIR, ".next", "atelier-sources.sha256");
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

/** A hash of everything the build reads from this app. */
function sourceHash(): string {
  const hash = createHash("sha256");
  for (const file of SOURCES.flatMap((s) => filesUnder(join(WEB_DIR, s)))) {
    hash.update(file).update(readFileSync(file));
  }
  return hash.digest("hex");
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, ...args], { cwd: WEB_DIR, env, stdio: "pipe" });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`next ${args[0]} failed:\n${output}`)),
    );
  });
}

const nextEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  NODE_ENV: "production",
  ...extra,
});

/** Runs `next build` unless .next was built from the same sources; returns whether it built. */
export async function buildIfNeeded(): Promise<boolean> {
  const hash = sourceHash();
  if (existsSync(STAMP) && readFileSync(STAMP, "utf8") === hash) return false;
  await run(["build"], nextEnv());
  writeFileSync(STAMP, hash);
  return true;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface WebServer {
  readonly url: string;
  stop(): Promise<void>;
}

/** A child process with its output kept for error messages. */
function started(command: string[], cwd: string, env: NodeJS.ProcessEnv, inherit: boolean) {
  const child = spawn(process.execPath, command, {
    cwd,
    env,
    stdio: inherit ? "inherit" : ["ignore", "pipe", "pipe"],
  });
  const output = { text: "" };
  child.stdout?.on("data", (chunk) => {
    output.text += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output.text += chunk;
  });
  return { child, output };
}

/** Resolves once `url` answers 2xx; fails when `child` exits or `seconds` pass. */
async function answering(
  url: string,
  child: ChildProcess,
  seconds: number,
  output: { text: string },
) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited\n${output.text}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline)
      throw new Error(`${url} did not answer in ${seconds} s\n${output.text}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const kill = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

export interface ServeOptions {
  /** Default: a free port. */
  readonly port?: number;
  /** Pass the server's output through (default: kept for error messages only). */
  readonly inheritOutput?: boolean;
  /** The web server's interface (default: every one). */
  readonly host?: string;
}

/**
 * `next start` proxying to `apiUrl`; resolves once it answers.
 *
 * @example
 * const web = await startWebServer("http://127.0.0.1:4000", { port: 3000 });
 */
export async function startWebServer(
  apiUrl: string,
  options: ServeOptions = {},
): Promise<WebServer> {
  const port = options.port ?? (await freePort());
  const { child, output } = started(
    [nextBin, "start", "-p", String(port), ...(options.host ? ["-H", options.host] : [])],
    WEB_DIR,
    nextEnv({ ATELIER_API_URL: apiUrl }),
    options.inheritOutput ?? false,
  );
  const url = `http://127.0.0.1:${port}`;
  await answering(url, child, 60, output);
  return { url, stop: () => stopChild(child) };
}

/**
 * The GraphQL service as `npm start -w @atelier/api` runs it (apps/api/src/main.ts), with `env`
 * added (DATABASE_URL, ATELIER_API_*); resolves once /healthz answers. The database must be
 * migrated.
 *
 * @example
 * const api = await startApiProcess({ DATABASE_URL: "pglite:/tmp/db" }, { port: 4000 });
 */
export async function startApiProcess(
  env: Record<string, string>,
  options: ServeOptions = {},
): Promise<WebServer> {
  const port = options.port ?? (await freePort());
  const { child, output } = started(
    [tsxCli, "src/main.ts"],
    API_DIR,
    { ...process.env, ...env, PORT: String(port) },
    options.inheritOutput ?? false,
  );
  const url = `http://127.0.0.1:${port}`;
  await answering(`${url}/healthz`, child, 180, output);
  return { url, stop: () => stopChild(child) };
}
