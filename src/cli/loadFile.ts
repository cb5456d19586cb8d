import { readFileSync, statSync } from 'node:fs';
import { loadScenario, type LoadedScenario } from '../engine/index.ts';
import { CliError } from './cliError.ts';

/** Largest scenario file the CLI reads (same limit as the playground). */
export const MAX_SCENARIO_BYTES = 2 * 1024 * 1024;

/** Reads and compiles a scenario file; unreadable files and YAML syntax errors are CliErrors (exit 2). */
export function loadScenarioFile(path: string | undefined): LoadedScenario & { path: string } {
  if (!path) throw new CliError('missing scenario file: itp <command> FILE [options]');
  let text: string;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new CliError(`${path} is a directory, expected a YAML file`);
    if (st.size > MAX_SCENARIO_BYTES) throw new CliError(`${path} is ${st.size} bytes; the limit is ${MAX_SCENARIO_BYTES}`);
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `cannot read ${path}: no such file` : `cannot read ${path}: ${code ?? 'unknown error'}`);
  }
  const loaded = loadScenario(text);
  const syntax = loaded.diagnostics.find((d) => d.code === 'YAML0001' || d.code.startsWith('ITP1'));
  if (syntax) throw new CliError(`${path}:${syntax.range.line}:${syntax.range.col}: ${oneLine(syntax.message)}`);
  if (loaded.resources.length === 0) {
    // Valid YAML that holds no object (a plain text file, a bare list): not a scenario.
    const first = loaded.diagnostics.find((d) => d.level === 'Error');
    const why = first ? `${first.range.line}:${first.range.col}: ${oneLine(first.message)}` : 'the file is empty';
    throw new CliError(`${path}: not a scenario, no Kubernetes object found (${why})`);
  }
  return { ...loaded, path };
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ');
}
