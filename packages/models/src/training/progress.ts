/**
 * A training progress display: step/total, loss and ETA. On a terminal a cli-progress bar redraws
 * in place; without one (CI, logs, `| tee`) it prints a line at most every 15 s, like the catalog's
 * render check, so logs stay short.
 */
import cliProgress from "cli-progress";

export interface TrainingProgress {
  /** `step` steps done (counting from the resumed step), `loss` the last step's. */
  update(step: number, loss: number): void;
  stop(): void;
}

export interface TrainingProgressOptions {
  /** Default process.stderr, so stdout stays for results. */
  stream?: NodeJS.WriteStream;
  /** Seconds between lines without a TTY; default 15. */
  everySeconds?: number;
  /** The step a resumed run starts after, so the ETA counts only this process's steps. */
  from?: number;
}

function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}

/**
 * @example
 * const progress = trainingProgress("train mann", 1000);
 * progress.update(10, 0.42); // train mann: step 10/1000, loss 0.4200, ETA 3m05s
 * progress.stop();
 */
export function trainingProgress(
  label: string,
  total: number,
  options: TrainingProgressOptions = {},
): TrainingProgress {
  const stream = options.stream ?? process.stderr;
  const from = options.from ?? 0;
  const start = performance.now();
  const eta = (step: number) => {
    const done = step - from;
    const seconds = (performance.now() - start) / 1000;
    return done > 0 ? (seconds * (total - step)) / done : 0;
  };
  if (!stream.isTTY) {
    const every = (options.everySeconds ?? 15) * 1000;
    let last = Number.NEGATIVE_INFINITY;
    return {
      update(step, loss) {
        const now = performance.now();
        // The first and last steps always print, so a short run still leaves a trace.
        if (now - last < every && step < total && step !== from + 1) return;
        last = now;
        stream.write(
          `${label}: step ${step}/${total}, loss ${loss.toFixed(4)}, ETA ${formatSeconds(eta(step))}\n`,
        );
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {value}/{total} | loss {loss} | ETA {etaText}`,
      stream,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, from, { loss: "-", etaText: "-" });
  return {
    update(step, loss) {
      bar.update(step, { loss: loss.toFixed(4), etaText: formatSeconds(eta(step)) });
    },
    stop() {
      bar.stop();
    },
  };
}
