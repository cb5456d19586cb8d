import { parseArgs } from '../args.ts';
import { CliError } from '../cliError.ts';
import { loadScenarioFile } from '../loadFile.ts';
import { analyzeScenario } from '../../engine/analyze/index.ts';

export function runAnalyze(argv: string[], out: (s: string) => void): number {
  const { positionals, flags } = parseArgs(argv, { json: 'boolean' });
  if (positionals.length > 1) throw new CliError(`analyze takes one scenario file, got ${positionals.length}`);
  const scenario = loadScenarioFile(positionals[0]);
  const messages = analyzeScenario(scenario).map((d) => ({
    code: d.code,
    level: d.level,
    message: d.message,
    kind: d.kind ?? null,
    namespace: d.namespace ?? null,
    name: d.name ?? null,
    line: d.range.line,
  }));
  if (flags.json) out(JSON.stringify({ messages }));
  else if (messages.length === 0) out('No problems found.');
  else for (const m of messages) out(`${scenario.path}:${m.line} ${m.level} [${m.code}] ${m.message}`);
  return messages.some((m) => m.level === 'Error') ? 1 : 0;
}
