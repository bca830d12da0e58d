// Once per test run: build the app if its sources changed, start the API and `next start`.
import type {} from "vitest";
import type { TestProject } from "vitest/node";
import { buildIfNeeded, startWebServer } from "../scripts/servers.ts";
import { startTestApi } from "./api-server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    webUrl: string;
    apiUrl: string;
    analystKey: string;
  }
}

export default async function setup(project: TestProject) {
  const started = Date.now();
  const [built, api] = await Promise.all([buildIfNeeded(), startTestApi()]);
  const web = await startWebServer(api.url, { host: "127.0.0.1" });
  console.log(
    `[web e2e] ${built ? "built the app, " : ""}api ${api.url}, web ${web.url} (${Date.now() - started} ms)`,
  );
  project.provide("webUrl", web.url);
  project.provide("apiUrl", api.url);
  project.provide("analystKey", api.analystKey);
  return async () => {
    await web.stop();
    await api.stop();
  };
}
