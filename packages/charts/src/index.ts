export type { LineChartSpec, LineSeries } from "./line-chart.ts";
export { escapeXml, lineChart, niceTicks, PALETTE } from "./line-chart.ts";
export { checkWellFormed } from "./well-formed.ts";
