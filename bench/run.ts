/**
 * `npm run bench` prints a table; `npm run --silent bench -- --json` prints exactly one JSON
 * object on stdout: {"scenarios":{"seed":{...},"hash":{...},"large":{...}}, ...}. Progress
 * goes to stderr. Options: --quick (short timings, for a smoke run), --only seed,large, --wall
 * (wall-clock instead of process CPU time, see measure.ts).
 * Absolute numbers depend on the machine: compare the ratios to the same-run baselines.
 */
import { findScenario } from '../src/scenarios/index.ts';
import { largeMeshYaml } from './largeMesh.ts';
import { getClock, setClock } from './measure.ts';
import { permalinkCodec } from './permalinkCodec.ts';
import { formatTable } from './report.ts';
import { benchScenario, consumeSink, type ScenarioResult, type Targets } from './scenarioBench.ts';

interface Case {
  name: string;
  yaml: () => string;
  targets: Targets;
}

const builtIn = (id: string) => () => {
  const s = findScenario(id);
  if (!s) throw new Error(`no built-in scenario ${id}`);
  return s.yaml;
};

const CASES: Case[] = [
  { name: 'seed', yaml: builtIn('seed'), targets: { decisionsPerSec: 3_000_000, compileMs: 5 } },
  { name: 'hash', yaml: builtIn('consistent-hash'), targets: {} },
  { name: 'large', yaml: largeMeshYaml, targets: { decisionsPerSec: 1_000_000, compileMs: 100 } },
];

function main(argv: string[]): void {
  const json = argv.includes('--json');
  const quick = argv.includes('--quick');
  setClock(argv.includes('--wall') ? 'wall' : 'cpu');
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? new Set((argv[onlyAt + 1] ?? '').split(',')) : undefined;
  const scenarios: Record<string, ScenarioResult> = {};
  for (const c of CASES) {
    if (only && !only.has(c.name)) continue;
    process.stderr.write(`bench: ${c.name}...\n`);
    scenarios[c.name] = benchScenario(c.yaml(), c.targets, { timeMs: quick ? 150 : 500, batch: 20_000 });
  }
  const notes = [
    `permalink: ${permalinkCodec.name}`,
    `node ${process.version}, tinybench, ${getClock() === 'cpu' ? 'process CPU time (--wall for wall clock)' : 'wall clock'}; medians; single thread.`,
    '"compile" = loadScenario after an edit in the middle document + every distinct Traffic request routed once.',
  ];
  // Keeps the benchmark loops' results observable (so the JIT cannot drop them); never true.
  if (consumeSink() === -1) process.stderr.write('\n');
  if (json) {
    process.stdout.write(JSON.stringify({ scenarios, clock: getClock(), node: process.version, permalink: permalinkCodec.name }) + '\n');
  } else {
    process.stdout.write(formatTable(scenarios, notes) + '\n');
  }
}

main(process.argv.slice(2));
