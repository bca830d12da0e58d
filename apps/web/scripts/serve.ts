// `npm run serve -w @atelier/web`: the whole app on the embedded default, nothing else to start.
// The API (apps/api/src/main.ts, on the database setup.sh migrated) listens on :4000 and the web
// app, built first when its sources changed, on http://localhost:3000.
import { buildIfNeeded, startApiProcess, startWebServer } from "./servers.ts";

const API_PORT = Number(process.env.ATELIER_API_PORT ?? 4000);
const WEB_PORT = Number(process.env.ATELIER_WEB_PORT ?? 3000);

// 5,000 products: enough that most changes find products with the value asked for (300, the
// API's default, often has none); a running MANN-against-ADDE-M test so the console has data.
const apiEnv = {
  ATELIER_API_PRODUCTS: process.env.ATELIER_API_PRODUCTS ?? "5000",
  ATELIER_API_DEMO_EXPERIMENT: process.env.ATELIER_API_DEMO_EXPERIMENT ?? "1",
};
const [built, api] = await Promise.all([
  buildIfNeeded(),
  startApiProcess(apiEnv, { port: API_PORT, inheritOutput: true }),
]);
const web = await startWebServer(api.url, { port: WEB_PORT, inheritOutput: true });
console.log(`web: ${web.url}${built ? " (built)" : ""}, proxying the API at ${api.url}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void Promise.all([web.stop(), api.stop()]).then(() => process.exit(0));
  });
}
