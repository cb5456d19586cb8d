import { CliError } from './cliError.ts';

export interface FlagSpec {
  [flag: string]: 'string' | 'boolean';
}

export interface ParsedArgs {
  positionals: string[];
  flags: Record<string, string | boolean | undefined>;
}

/** Strict flag parsing: unknown flags and missing values are errors naming the flag. */
export function parseArgs(argv: string[], spec: FlagSpec): ParsedArgs {
  const positionals: string[] = [];
  const flags: ParsedArgs['flags'] = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg !== '-') throw new CliError(`unknown flag ${arg} (flags are spelled --name)`);
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    const type = spec[name];
    if (!type) throw new CliError(`unknown flag --${name} (known: ${Object.keys(spec).map((f) => '--' + f).join(', ')})`);
    if (type === 'boolean') {
      if (eq >= 0) throw new CliError(`flag --${name} takes no value`);
      flags[name] = true;
    } else {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new CliError(`flag --${name} needs a value`);
      flags[name] = value;
    }
  }
  return { positionals, flags };
}

export function intFlag(flags: ParsedArgs['flags'], name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const v = flags[name];
  if (v === undefined) return fallback;
  const n = Number(v);
  if (typeof v !== 'string' || !/^-?\d+$/.test(v) || n < min || n > max) {
    throw new CliError(`--${name} must be a whole number between ${min} and ${max}, got '${String(v)}'`);
  }
  return n;
}
