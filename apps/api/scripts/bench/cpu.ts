/**
 * Where the machine's CPU goes while a scenario runs: the API server (all its threads), this
 * process (the load generator) and the rest (the database and anything else), read from Linux's
 * /proc. The server, its database and the shoppers share the same cores here, so what the other
 * two use bounds what the server could ever reach.
 */
import { readFileSync } from "node:fs";

/** CPU time in ms over a window, by who used it. */
export interface CpuSplit {
  readonly serverMs: number;
  readonly clientMs: number;
  /** Every core's busy time (not idle, not waiting for I/O). */
  readonly machineMs: number;
  readonly wallMs: number;
}

// USER_HZ: the unit of /proc's CPU times, 100 on every mainstream Linux build.
const TICK_MS = 10;

function processTicks(pid: number): number {
  // The command name may hold spaces: fields are counted after its closing parenthesis.
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[11]) + Number(fields[12]); // utime + stime
}

function machineTicks(): number {
  const line = readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
  const [user, nice, system, _idle, _iowait, irq, softirq, steal] = line
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return [user, nice, system, irq, softirq, steal].reduce((a = 0, b = 0) => a + b, 0) ?? 0;
}

/**
 * Starts measuring; `stop()` returns what was used since, or undefined where /proc is missing.
 *
 * @example
 * const meter = cpuMeter(server.pid);
 * await run();
 * const split = meter.stop(); // { serverMs, clientMs, machineMs, wallMs }
 */
export function cpuMeter(serverPid: number): { stop(): CpuSplit | undefined } {
  let read: () => { server: number; machine: number };
  try {
    read = () => ({ server: processTicks(serverPid), machine: machineTicks() });
    read();
  } catch {
    return { stop: () => undefined };
  }
  const before = read();
  const client = process.cpuUsage();
  const began = performance.now();
  return {
    stop() {
      const after = read();
      const used = process.cpuUsage(client);
      return {
        serverMs: (after.server - before.server) * TICK_MS,
        clientMs: (used.user + used.system) / 1000,
        machineMs: (after.machine - before.machine) * TICK_MS,
        wallMs: performance.now() - began,
      };
    },
  };
}
