import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from '../cliError.ts';

const YAML_FILE = /\.ya?ml$/i;

/**
 * The scenario files named on the command line: files as given, directories searched
 * recursively for *.yaml / *.yml (sorted, so output order is stable across machines).
 * A path that does not exist is a CliError (exit 2).
 */
export function collectScenarioFiles(paths: string[]): string[] {
  if (paths.length === 0) throw new CliError('test needs at least one scenario file or directory: itp test FILE... [--json] [--junit FILE]');
  const out: string[] = [];
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new CliError(code === 'ENOENT' ? `cannot read ${p}: no such file or directory` : `cannot read ${p}: ${code ?? 'unknown error'}`);
    }
    if (isDir) out.push(...walk(p));
    else out.push(p);
  }
  return [...new Set(out)];
}

function walk(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(path));
    else if (e.isFile() && YAML_FILE.test(e.name)) out.push(path);
  }
  return out;
}
