import { writeFileSync } from 'node:fs';
import { parseArgs } from '../args.ts';
import { CliError } from '../cliError.ts';
import { collectScenarioFiles } from '../routingTests/collectFiles.ts';
import { formatSuiteJson, formatSuiteJunit } from '../routingTests/formatReports.ts';
import { formatSuiteText } from '../routingTests/formatText.ts';
import { runScenarioFiles, type Loader } from '../routingTests/runFiles.ts';

export const TEST_USAGE = 'test     FILE|DIR... [--json] [--junit FILE] [--verbose]';

/**
 * `itp test FILE|DIR...`: runs every playground/v1 Test in the files (directories are searched
 * for *.yaml), prints a summary ending in `N passed, N failed`, and exits 1 when anything
 * failed (or nothing was found). `--json` prints the machine report instead; `--junit FILE`
 * also writes JUnit XML for CI systems.
 */
export function runTestCommand(argv: string[], out: (s: string) => void, load?: Loader): number {
  const { positionals, flags } = parseArgs(argv, { json: 'boolean', junit: 'string', verbose: 'boolean' });
  const files = collectScenarioFiles(positionals);
  if (files.length === 0) throw new CliError(`no *.yaml files found in ${positionals.join(', ')}`);
  const suite = runScenarioFiles(files, load);
  if (typeof flags.junit === 'string') {
    try {
      writeFileSync(flags.junit, formatSuiteJunit(suite));
    } catch (e) {
      throw new CliError(`--junit ${flags.junit}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'unknown error'})`);
    }
  }
  if (flags.json) out(formatSuiteJson(suite));
  else for (const line of formatSuiteText(suite, flags.verbose === true)) out(line);
  return suite.failed > 0 || suite.passed === 0 ? 1 : 0;
}
