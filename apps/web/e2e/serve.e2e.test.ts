// The README's main command (`npm start` runs `npm run serve -w @atelier/web`): the whole app on a
// fresh embedded database with nothing else started; the chat page loads and reaches the API.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { freePort, WEB_DIR } from "../scripts/servers.ts";

const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");
let child: ChildProcess | undefined;
let dir: string | undefined;

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    await exited;
  }
  if (dir) await rm(dir, { recursive: true, force: true });
});

it("serves the chat page and the API behind it on a fresh embedded database", async () => {
  dir = await mkdtemp(join(tmpdir(), "atelier-serve-"));
  const [apiPort, webPort] = [await freePort(), await freePort()];
  child = spawn(process.execPath, [tsxCli, "scripts/serve.ts"], {
    cwd: WEB_DIR,
    env: {
      ...process.env,
      DATABASE_URL: `pglite:${dir}`,
      ATELIER_API_PRODUCTS: "300",
      ATELIER_API_PORT: String(apiPort),
      ATELIER_WEB_PORT: String(webPort),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /web: (http:\/\/\S+?),/.exec(output);
      if (found?.[1]) resolve(found[1]);
    };
    child?.stdout?.on("data", read);
    child?.stderr?.on("data", read);
    child?.once("exit", (code) => reject(new Error(`serve exited with ${code}:\n${output}`)));
  });
  const page = await fetch(url);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain("Atelier");
  const graphql = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation { startSession(input: { productId: "s42-000001", userId: "u1" }) {
        ... on StartSessionPayload { variant session { turnCount } } } }`,
    }),
  });
  const body = (await graphql.json()) as { data?: { startSession: Record<string, unknown> } };
  // The demo's A/B test runs, so the shopper is in a variant.
  expect(body.data?.startSession).toMatchObject({ session: { turnCount: 1 } });
  expect(["a-mann", "b-adde-m"]).toContain(body.data?.startSession.variant);
}, 300_000);
