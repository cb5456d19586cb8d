import { CliError } from './cliError.ts';
import { runAnalyze } from './commands/analyze.ts';
import { runSimulate } from './commands/simulate.ts';
import { TEST_USAGE, runTestCommand } from './commands/test.ts';
import { runTrace } from './commands/trace.ts';

const USAGE = `usage: itp <command> FILE [options]
  simulate FILE --requests N --seed S [--json]
  trace    FILE --from NS/NAME --curl "<curl command>" [--seed S] [--json]
  analyze  FILE [--json]
  ${TEST_USAGE}`;

const COMMANDS: Record<string, (argv: string[], out: (s: string) => void) => number> = {
  simulate: runSimulate,
  trace: runTrace,
  analyze: runAnalyze,
  test: runTestCommand,
};

/** Runs the CLI; returns the exit status. Errors become one line on stderr, never a stack trace. */
export function runCli(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    out(USAGE);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  try {
    if (!run) throw new CliError(`unknown command '${command}' (commands: ${Object.keys(COMMANDS).join(', ')})`);
    return run(rest, out);
  } catch (e) {
    if (e instanceof CliError) {
      err(`itp: ${e.message}`);
      return e.exitCode;
    }
    err(`itp: internal error: ${e instanceof Error ? e.message : String(e)} (please report this with the scenario file)`);
    return 3;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('src/cli/main.ts')) {
  const code = runCli(process.argv.slice(2), (s) => process.stdout.write(s + '\n'), (s) => process.stderr.write(s + '\n'));
  process.exitCode = code;
}
