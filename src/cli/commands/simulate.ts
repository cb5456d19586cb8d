import { simulate } from '../../engine/index.ts';
import { intFlag, parseArgs } from '../args.ts';
import { CliError } from '../cliError.ts';
import { loadScenarioFile } from '../loadFile.ts';

export function runSimulate(argv: string[], out: (s: string) => void): number {
  const { positionals, flags } = parseArgs(argv, { requests: 'string', seed: 'string', json: 'boolean' });
  if (positionals.length > 1) throw new CliError(`simulate takes one scenario file, got ${positionals.length}`);
  const requests = intFlag(flags, 'requests', 1000, 1, 10_000_000);
  const seed = intFlag(flags, 'seed', 1, 0, 0xffffffff);
  const scenario = loadScenarioFile(positionals[0]);
  if (scenario.stream.templates.length === 0) {
    throw new CliError(`${scenario.path}: no usable Traffic object (add a playground/v1 Traffic with a 'from' pod and requests)`);
  }
  const result = simulate(scenario.mesh, { requests, seed, stream: scenario.stream });
  if (flags.json) {
    out(JSON.stringify(result));
    return 0;
  }
  out(`${result.total} requests, seed ${seed}`);
  out(`status: ${Object.entries(result.status).map(([k, v]) => `${k === '0' ? 'no response' : k} ${v}`).join(', ')}`);
  out('');
  out('pods:');
  const width = Math.max(...result.pods.map((p) => p.name.length), 4);
  for (const p of result.pods) {
    const pct = result.total ? ((100 * p.count) / result.total).toFixed(1) : '0.0';
    out(`  ${p.name.padEnd(width)}  ${p.ip.padEnd(15)} ${String(p.count).padStart(8)}  ${pct.padStart(5)} %`);
  }
  out('');
  out('clusters:');
  for (const [name, n] of Object.entries(result.clusters)) out(`  ${name}  ${n}`);
  return 0;
}
