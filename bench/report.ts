/** The human-readable table printed by `npm run bench`. */
import type { ScenarioResult } from './scenarioBench.ts';

type Row = [label: string, format: (r: ScenarioResult) => string];

const n = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const ms = (x: number) => (x < 1 ? n(x, 3) : x < 10 ? n(x, 2) : n(x, 1)) + ' ms';
const rate = (x: number) => (x >= 1e6 ? `${n(x / 1e6, 2)} M/s` : `${n(x / 1e3, 1)} k/s`);
const mb = (x: number) => (Math.abs(x) < 1048576 ? `${n(x / 1024, 0)} KB` : `${n(x / 1048576, 2)} MB`);
const ratio = (x: number) => `${n(x, 2)}x`;

const ROWS: Row[] = [
  ['size (pods / svc / vs / dr)', (r) => `${r.pods} / ${r.services} / ${r.virtualServices} / ${r.destinationRules}`],
  ['YAML', (r) => `${n(r.yamlBytes / 1024, 1)} KB`],
  ['distinct requests', (r) => n(r.requestVariants)],
  ['compile per edit (ready)', (r) => ms(r.compileMs) + (r.targets.compileMs !== undefined ? ` (target <= ${r.targets.compileMs} ms)` : '')],
  ['  load only', (r) => ms(r.loadMs)],
  ['  first request answered', (r) => ms(r.firstRequestMs)],
  ['  baseline: YAML parse', (r) => ms(r.yamlParseMs)],
  ['  ratio to baseline', (r) => ratio(r.compileRatio)],
  ['routing decisions', (r) => rate(r.decisionsPerSec) + (r.targets.decisionsPerSec ? ` (target >= ${rate(r.targets.decisionsPerSec)})` : '')],
  ['  baseline: a Map lookup per request', (r) => rate(r.baselinePerSec)],
  ['  cost in baseline iterations', (r) => ratio(r.baselineRatio)],
  ['  baseline: naive linear scan', (r) => rate(r.linearScanPerSec)],
  ['  speed-up over linear scan', (r) => ratio(r.linearScanRatio)],
  ['  request stream draws', (r) => rate(r.streamDrawsPerSec)],
  ['heap: compiled scenario', (r) => mb(r.heapBytes)],
  ['  after routing (LB state)', (r) => mb(r.heapAfterRoutingBytes)],
  ['  bytes per YAML byte', (r) => ratio(r.heapRatio)],
  ['permalink length', (r) => `${n(r.permalinkBytes)} chars`],
  ['  encode / decode', (r) => `${ms(r.permalinkEncodeMs)} / ${ms(r.permalinkDecodeMs)}`],
  ['  ratio to JSON+base64 only', (r) => ratio(r.permalinkRatio)],
  ['targets met', (r) => (r.targets.decisionsPerSec === undefined && r.targets.compileMs === undefined ? '(no target)' : r.targets.met ? 'yes' : 'NO')],
];

export function formatTable(results: Record<string, ScenarioResult>, notes: string[]): string {
  const names = Object.keys(results);
  const cells = ROWS.map(([label, f]) => [label, ...names.map((k) => f(results[k]))]);
  const header = ['', ...names];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line), '', ...notes].join('\n');
}
