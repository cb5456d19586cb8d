/**
 * Text exports of what the playground shows: the Stats numbers as CSV, and the YAML with a
 * results table as Markdown (for an issue or a blog post). Pure.
 */
import { formatCount, formatShare, type ShareRowView, type StatsView } from '../ui/panels/stats/statsModel.ts';

const CSV_HEADER = ['section', 'name', 'detail', 'requests', 'observed_share', 'expected_share', 'chance_low', 'chance_high'];

/** One CSV field: quoted when needed; a leading = + - @ is defused so spreadsheets do not run it. */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const fraction = (x: number) => x.toFixed(4);

export function statsToCsv(stats: StatsView): string {
  const rows: (string | number)[][] = [CSV_HEADER];
  const shareRow = (section: string, r: ShareRowView) => [section, r.name, r.detail, r.count, fraction(r.share), fraction(r.expected), fraction(r.band[0]), fraction(r.band[1])];
  for (const r of stats.subsets) rows.push(shareRow('subset', r));
  for (const r of stats.pods) rows.push(shareRow('pod', r));
  for (const s of stats.status) rows.push(['status', s.code, s.label, s.count, fraction(s.share), '', '', '']);
  rows.push(['total', '', '', stats.total, '', '', '', '']);
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** A code fence longer than any run of backticks in the text. */
function fenceFor(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(longest + 1);
}

export interface MarkdownInput {
  title: string | null;
  yaml: string;
  stats: StatsView;
  seed: number;
  link: string;
}

export function scenarioToMarkdown({ title, yaml, stats, seed, link }: MarkdownInput): string {
  const fence = fenceFor(yaml);
  const lines = [
    `**${cell(title ?? 'Istio Traffic Playground scenario')}**: ${formatCount(stats.total)} requests, seed ${seed}`,
    '',
    `${fence}yaml`,
    yaml.replace(/\n$/, ''),
    fence,
    '',
  ];
  if (stats.subsets.length > 0) {
    lines.push('| Subset | Requests | Observed | Expected |', '| --- | ---: | ---: | ---: |');
    for (const r of stats.subsets) lines.push(`| ${cell(r.label)} | ${formatCount(r.count)} | ${formatShare(r.share)} | ${formatShare(r.expected)} |`);
    lines.push('');
  }
  if (stats.status.length > 0) {
    lines.push('| Status | Requests | Share |', '| --- | ---: | ---: |');
    for (const s of stats.status) lines.push(`| ${s.code === '0' ? 'no response' : cell(`${s.code} ${s.label}`.trim())} | ${formatCount(s.count)} | ${formatShare(s.share)} |`);
    lines.push('');
  }
  lines.push(`[Open in Istio Traffic Playground](${link.replace(/\)/g, '%29')})`, '');
  return lines.join('\n');
}

/** 'seed.yaml', 'seed-stats.csv', 'scenario-graph.png' … */
export function exportFileName(scenarioId: string | null, suffix: string): string {
  const base = scenarioId && /^[a-z0-9-]+$/i.test(scenarioId) ? scenarioId : 'scenario';
  return `${base}${suffix}`;
}
