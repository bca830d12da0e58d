/**
 * The timing loop of `npm run bench:models`: warm-up calls, then timed calls under a progress
 * bar, then a count of the tensors the case left behind.
 */
import type { Tf } from "@atelier/ml";
import cliProgress from "cli-progress";

/** What a case holds while it is measured; `dispose` frees every tensor `setup` made. */
export interface Runner {
  /** One call of the thing measured (call `i`, counting warm-up calls). */
  call(i: number): void;
  /** Waits until every call so far has run (reads a value back), before the clock stops. */
  sync(): void;
  dispose(): void;
}

/** One figure of the benchmark. */
export interface BenchCase {
  /** e.g. "encoder inference". */
  name: string;
  /** What one item is, e.g. "images" or "session-steps". */
  unit: string;
  dim: number;
  /** Items per call: images per batch, or sessions stepped at once. */
  batch: number;
  warmup: number;
  calls: number;
  /** Builds the model and its inputs; runs before the tensor count is taken. */
  setup(): Runner;
}

/** A case's figures: its description (every field but `setup`) and what was measured. */
export interface Measurement extends Omit<BenchCase, "setup"> {
  /** Wall time of the timed calls, the final sync included. */
  seconds: number;
  /** Items per second over the timed calls: calls * batch / seconds. */
  perSecond: number;
  medianMs: number;
  minMs: number;
  /** tf.memory().numTensors after `dispose` minus before `setup`: 0 unless a tensor leaks. */
  leaked: number;
}

/** Milliseconds between progress-bar updates, so the bar costs nothing measurable. */
const BAR_INTERVAL_MS = 200;

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? Number.NaN) + (sorted[mid] ?? Number.NaN)) / 2;
}

/**
 * Runs `c.warmup` untimed calls, then `c.calls` timed ones with a progress bar on stderr.
 *
 * @example
 * const m = measure(tf, { name: "mann", unit: "session-steps", dim: 32, batch: 1, warmup: 5, calls: 100, setup });
 * m.perSecond; // session-steps per second
 */
export function measure(tf: Tf, c: BenchCase): Measurement {
  const before = tf.memory().numTensors;
  const runner = c.setup();
  let timed: { seconds: number; times: number[] };
  try {
    for (let i = 0; i < c.warmup; i++) runner.call(i);
    runner.sync();
    timed = timeCalls(c, runner);
  } finally {
    runner.dispose();
  }
  const { seconds, times } = timed;
  return {
    name: c.name,
    unit: c.unit,
    dim: c.dim,
    batch: c.batch,
    warmup: c.warmup,
    calls: c.calls,
    seconds,
    perSecond: (c.calls * c.batch) / seconds,
    medianMs: median(times),
    minMs: Math.min(...times),
    leaked: tf.memory().numTensors - before,
  };
}

function timeCalls(c: BenchCase, runner: Runner): { seconds: number; times: number[] } {
  const bar = new cliProgress.SingleBar(
    {
      format: `${c.name} D=${c.dim} B=${c.batch} [{bar}] {value}/{total} calls | {rate} ${c.unit}/s | ETA {eta}s`,
      stream: process.stderr,
      // Off a terminal (logs, CI), print a line every 5 s instead of redrawing.
      noTTYOutput: true,
      notTTYSchedule: 5000,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(c.calls, 0, { rate: "-" });
  const times: number[] = [];
  const start = performance.now();
  let shown = start;
  for (let i = 0; i < c.calls; i++) {
    const t = performance.now();
    runner.call(c.warmup + i);
    const now = performance.now();
    times.push(now - t);
    // A MANN step at batch 1 takes well under a millisecond: update the bar at most every 0.2 s.
    if (now - shown >= BAR_INTERVAL_MS) {
      shown = now;
      bar.update(i + 1, { rate: (((i + 1) * c.batch * 1000) / (now - start)).toFixed(1) });
    }
  }
  runner.sync();
  const seconds = (performance.now() - start) / 1000;
  bar.update(c.calls, { rate: ((c.calls * c.batch) / seconds).toFixed(1) });
  bar.stop();
  return { seconds, times };
}
