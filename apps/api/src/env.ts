import { z } from "zod";

/** Every variable the API reads, validated once (STYLE.md 3). */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  DATABASE_URL: z.string().min(1).optional(),
  /** Size of the procedural catalog served (seeded into the database when missing). */
  ATELIER_API_PRODUCTS: z.coerce.number().int().min(1).default(300),
  ATELIER_API_SEED: z.coerce.number().int().min(0).default(42),
  /** Key of the experiment that assigns shoppers a variant while it is running. */
  ATELIER_API_EXPERIMENT: z.string().min(1).default("retrieval"),
  /**
   * "1": when no experiment has that key, create it running, MANN against ADDE-M half and half
   * (the demo's A/B test, so the console has something to show).
   */
  ATELIER_API_DEMO_EXPERIMENT: z.enum(["0", "1"]).default("0"),
  /**
   * The index searches go through: `flat` (exact) or `hnsw` (approximate; built once, cached
   * beside the encoder's features, loaded at start).
   */
  ATELIER_API_INDEX: z.enum(["flat", "hnsw"]).default("flat"),
  /** HNSW links per vector (faiss's M): more, better recall, slower build, more memory. */
  ATELIER_API_HNSW_M: z.coerce.number().int().min(2).max(512).default(32),
  /** HNSW build breadth (faiss's efConstruction); a new value builds a new cached index. */
  ATELIER_API_EF_CONSTRUCTION: z.coerce.number().int().min(1).max(4096).default(80),
  /** HNSW search breadth (faiss's efSearch): more, better recall, slower searches. */
  ATELIER_API_EF_SEARCH: z.coerce.number().int().min(1).max(4096).default(64),
  /**
   * `async`: a turn's answer does not wait for the turn to reach the disk (PostgreSQL's
   * asynchronous commit: a crash of the database server may lose its last ~0.6 s of turns, never
   * half of one); `durable` waits. Sessions, exposures and events always wait.
   */
  ATELIER_API_TURN_COMMIT: z.enum(["durable", "async"]).default("async"),
});

export type ApiEnv = z.infer<typeof envSchema>;

export function readEnv(env: NodeJS.ProcessEnv = process.env): ApiEnv {
  return envSchema.parse(env);
}
