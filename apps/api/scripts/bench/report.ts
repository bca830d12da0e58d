/**
 * What `npm run bench:api` writes: the markdown report (latency, throughput, memory and CPU per
 * scenario, recall, the goal) and a chart of turn latency against the think time of 32 shoppers.
 */
import { cpus } from "node:os";
import { lineChart } from "@atelier/charts";
import type { CpuSplit } from "./cpu.ts";
import type { RecallReport } from "./recall.ts";
import { type LatencySummary, ms } from "./stats.ts";

export interface Scenario {
  readonly label: string;
  readonly sessions: number;
  /** Mean think time before each turn (0: closed loop). */
  readonly thinkMs: number;
  readonly turns: LatencySummary;
  /** The server's own latencyMs of each turn (before its database write). */
  readonly server: LatencySummary;
  readonly starts: LatencySummary;
  readonly turnsPerSecond: number;
  readonly seconds: number;
  readonly rssMiB: number;
  readonly peakMiB: number;
  /** Undefined where /proc cannot be read. */
  readonly cpu: CpuSplit | undefined;
}

/** The issue's goal for 32 concurrent sessions. */
const GOAL = { sessions: 32, p50: 20, p99: 60, recall: 0.95 } as const;

export function scenarioRow(s: Scenario): string {
  const t = s.turns;
  return (
    `| ${s.label} | ${s.sessions} | ${t.count} | ${ms(t.p50)} | ${ms(t.p90)} | ${ms(t.p99)} | ` +
    `${ms(t.max)} | ${s.turnsPerSecond.toFixed(0)} | ${ms(s.server.p50)} / ${ms(s.server.p99)} | ` +
    `${ms(s.starts.p50)} | ` +
    `${s.rssMiB.toFixed(0)} |`
  );
}

/** CPU ms per turn (starts included) by who used it; the rest is the database and the OS. */
function cpuPerTurn(s: Scenario) {
  if (s.cpu === undefined) return undefined;
  const { serverMs, clientMs, machineMs, wallMs } = s.cpu;
  const turns = s.turns.count;
  return {
    server: serverMs / turns,
    client: clientMs / turns,
    rest: Math.max(0, machineMs - serverMs - clientMs) / turns,
    coresBusy: machineMs / wallMs,
  };
}

export function cpuRow(s: Scenario): string {
  const c = cpuPerTurn(s);
  if (c === undefined) return `| ${s.label} | ${s.sessions} | n/a | n/a | n/a | n/a |`;
  return (
    `| ${s.label} | ${s.sessions} | ${ms(c.server)} | ${ms(c.client)} | ${ms(c.rest)} | ` +
    `${c.coresBusy.toFixed(2)} of ${cpus().length} |`
  );
}

/**
 * Little's law for a closed loop: n sessions each waiting for its answer get, on average, at
 * least n x (CPU per turn of everything but the server) / cores, however cheap the server.
 */
function closedLoopFloor(s: Scenario, databaseInServer: boolean): string[] {
  const c = cpuPerTurn(s);
  if (c === undefined) return [];
  const others = c.client + c.rest;
  const cores = cpus().length;
  const whoElse = databaseInServer
    ? "the load generator and the OS (the database runs inside the server here)"
    : "the load generator and the database (with the OS)";
  return [
    `In the ${s.sessions}-session closed loop ${whoElse} ` +
      `alone used ${ms(others)} ms of CPU per turn, so even a server costing nothing would get at ` +
      `most ${((cores * 1000) / others).toFixed(0)} turns/s from ${cores} cores, and each session ` +
      `would wait at least ${ms((s.sessions * others) / cores)} ms per turn on average (Little's law).`,
    "",
  ];
}

const meets = (t: LatencySummary) => t.p50 < GOAL.p50 && t.p99 < GOAL.p99;

/** The goal line: met or not for 32 shoppers at each think time, and for the closed loop. */
function goalLines(scenarios: readonly Scenario[], recall: number): string[] {
  const at32 = scenarios.filter((s) => s.sessions === GOAL.sessions);
  if (at32.length === 0) return [`Goal: not measured at ${GOAL.sessions} sessions.`, ""];
  const line = (s: Scenario) =>
    `- ${s.label}: **${meets(s.turns) ? "met" : "NOT met"}** (p50 ${ms(s.turns.p50)} ms, ` +
    `p99 ${ms(s.turns.p99)} ms)`;
  return [
    `Goal (issue 6): p50 < ${GOAL.p50} ms and p99 < ${GOAL.p99} ms at ${GOAL.sessions} concurrent ` +
      `sessions on 2 cores, recall@50 >= ${GOAL.recall} (**${recall >= GOAL.recall ? "met" : "NOT met"}**: ` +
      `${recall.toFixed(3)}). Latency, by how long each shopper thinks before a turn:`,
    "",
    ...at32.map(line),
    "",
  ];
}

/**
 * Turn latency (p50, p99) of the 32-shopper scenarios against their mean think time, with the
 * goal's two limits; the closed loop is think time 0.
 */
export function latencyChart(scenarios: readonly Scenario[]): string | undefined {
  const at32 = scenarios
    .filter((s) => s.sessions === GOAL.sessions)
    .sort((a, b) => a.thinkMs - b.thinkMs);
  if (at32.length < 2) return undefined;
  const xs = at32.map((s) => s.thinkMs);
  const flat = (y: number) => xs.map((x) => [x, y] as const);
  return lineChart({
    title: `Turn latency, ${GOAL.sessions} concurrent shoppers`,
    xLabel: "mean think time before each turn (ms; 0 = closed loop)",
    yLabel: "turn latency (ms)",
    series: [
      { name: "p50", points: at32.map((s) => [s.thinkMs, s.turns.p50] as const) },
      { name: "p99", points: at32.map((s) => [s.thinkMs, s.turns.p99] as const) },
      { name: `goal p50 < ${GOAL.p50}`, points: flat(GOAL.p50) },
      { name: `goal p99 < ${GOAL.p99}`, points: flat(GOAL.p99) },
    ],
  });
}

export interface ReportInput {
  /** The command line as shown (passwords masked). */
  readonly command: string;
  readonly environment: readonly string[];
  readonly turnsPerSession: number;
  readonly scenarios: readonly Scenario[];
  readonly recall: RecallReport;
  /** PGlite: the database's CPU is the server's. */
  readonly databaseInServer: boolean;
  /** The chart's file name beside the report; undefined when none was drawn. */
  readonly chartFile: string | undefined;
}

export function renderReport(input: ReportInput): string {
  const { scenarios, recall } = input;
  const paced = scenarios.filter((s) => s.thinkMs > 0);
  const closed32 = scenarios.find((s) => s.thinkMs === 0 && s.sessions === GOAL.sessions);
  return [
    "# API benchmark",
    "",
    "Latest output of `npm run bench:api` (apps/api/scripts/bench-api.ts): the real server",
    "(`apps/api/src/main.ts`, a child process) driven over HTTP (fetch, keep-alive) by shoppers",
    "running in the benchmark's process on the same machine. Each session: startSession from a",
    `random catalog product, then ${input.turnsPerSession} sendTurn calls, each changing one`,
    "attribute to another value its category allows (structured manipulations over the real",
    "vocabulary), asking for k products with id, title and score. **Paced**: each shopper waits a",
    "think time drawn uniformly from half to one and a half times the mean before every turn.",
    "**Closed loop**: each session sends its next turn as soon as the previous answer arrives (no",
    "think time: the most the server can take). Latency is measured by the client, request sent",
    "to answer parsed. *server latencyMs* is what the server stores with each turn: from the",
    "resolver's start to the ranking, before the turn is written.",
    "",
    `Command: \`${input.command}\``,
    "",
    ...input.environment.map((line) => `- ${line}`),
    "",
    "| scenario | sessions | turns | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) | turns/s | server latencyMs p50 / p99 | start p50 (ms) | server RSS (MiB) |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...scenarios.map(scenarioRow),
    "",
    ...(paced.length > 0
      ? [
          `Offered load of the paced scenarios: sessions / mean think time (${paced
            .map((s) => `${s.thinkMs} ms: ~${((s.sessions * 1000) / s.thinkMs).toFixed(0)} turns/s`)
            .join(", ")}).`,
          "",
        ]
      : []),
    ...(input.chartFile ? [`![turn latency against think time](${input.chartFile})`, ""] : []),
    `Server peak RSS (VmHWM): ${Math.max(...scenarios.map((s) => s.peakMiB)).toFixed(0)} MiB.`,
    "",
    "CPU per turn (ms, starts included; from /proc): the server process (all its threads), the",
    "load generator (this benchmark's shoppers, on the same machine) and the rest (the database",
    `server unless it runs in the server process, and the OS).${input.databaseInServer ? " Here the database (PGlite) is in the server process." : ""}`,
    "",
    "| scenario | sessions | server | load generator | database and rest | cores busy |",
    "| --- | --- | --- | --- | --- | --- |",
    ...scenarios.map(cpuRow),
    "",
    ...(closed32 ? closedLoopFloor(closed32, input.databaseInServer) : []),
    `Recall@${recall.k} of the served index against exact (flat) search over the same vectors: ` +
      `**${recall.recall.toFixed(4)}** (${recall.queries} MANN queries after 0 to 3 manipulations; ` +
      `one batched call: exact ${ms(recall.exactMs)} ms/query, served ${ms(recall.servedMs)} ms/query).`,
    "",
    ...goalLines(scenarios, recall.recall),
  ].join("\n");
}
