import cliProgress from "cli-progress";

/** A progress display: a bar with rate and ETA on a terminal, a line every few seconds otherwise. */
export interface Progress {
  update(done: number): void;
  stop(): void;
}

/**
 * A progress bar with ETA for `total` steps (cli-progress); off a TTY (CI, logs) it prints a line
 * at most every 5 s instead of redrawing.
 *
 * @example
 * const bar = progressBar("render", 20_000);
 * bar.update(500);
 * bar.stop();
 */
export function progressBar(label: string, total: number, stream = process.stderr): Progress {
  if (!stream.isTTY) {
    const start = performance.now();
    let last = 0;
    return {
      update(done) {
        const now = performance.now();
        if (now - last < 5000 && done < total) return;
        last = now;
        const seconds = (now - start) / 1000;
        const eta = done > 0 ? (seconds * (total - done)) / done : 0;
        stream.write(
          `${label}: ${done}/${total} (${seconds.toFixed(0)} s, ETA ${eta.toFixed(0)} s)\n`,
        );
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      format: `${label.padEnd(10)} [{bar}] {percentage}% | {value}/{total} | {rate}/s | ETA {eta_formatted}`,
      stream,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const start = performance.now();
  bar.start(total, 0, { rate: "0" });
  return {
    update(done) {
      const seconds = (performance.now() - start) / 1000;
      bar.update(done, { rate: seconds > 0 ? (done / seconds).toFixed(0) : "0" });
    },
    stop() {
      bar.stop();
    },
  };
}
