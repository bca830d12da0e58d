// Server-side configuration of the web app, read in one place (STYLE.md 3).
import { z } from "zod";

const envSchema = z.object({
  /** The GraphQL service the app proxies `/graphql` and `/images/*` to. */
  ATELIER_API_URL: z.url().default("http://localhost:4000"),
});

export type WebEnv = z.infer<typeof envSchema>;

/** The validated environment, read at request time so one build serves any API. */
export function readEnv(env: NodeJS.ProcessEnv = process.env): WebEnv {
  return envSchema.parse(env);
}
