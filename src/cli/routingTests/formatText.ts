import type { TestResult } from '../../engine/index.ts';
import type { FileRun, SuiteRun } from './runFiles.ts';

const PASS = '✓';
const FAIL = '✗';

/**
 * The human summary: one line per file; failing tests expanded with each failed assertion
 * (message and YAML line) and the trace of the first failing request. `verbose` lists every
 * test and assertion. The last line is always `N passed, N failed`.
 */
export function formatSuiteText(suite: SuiteRun, verbose: boolean): string[] {
  const lines: string[] = [];
  for (const f of suite.files) lines.push(...formatFile(f, verbose));
  const fileCount = suite.files.length;
  const testCount = suite.passed + suite.failed;
  lines.push('');
  if (testCount === 0) lines.push(`No Test documents found in ${fileCount} file${fileCount === 1 ? '' : 's'} (add a playground/v1 Test).`);
  else lines.push(`Ran ${testCount} test${testCount === 1 ? '' : 's'} from ${fileCount} file${fileCount === 1 ? '' : 's'} in ${(suite.ms / 1000).toFixed(2)} s.`);
  lines.push(`${suite.passed} passed, ${suite.failed} failed`);
  return lines;
}

function formatFile(f: FileRun, verbose: boolean): string[] {
  if (f.error) return [`${FAIL} ${f.file}: ${f.error}`];
  const failed = f.tests.filter((t) => !t.passed);
  const count = `${f.tests.length} test${f.tests.length === 1 ? '' : 's'}`;
  if (f.tests.length === 0) return verbose ? [`- ${f.file} (no Test documents)`] : [];
  const head = failed.length === 0 ? `${PASS} ${f.file} (${count})` : `${FAIL} ${f.file} (${failed.length} of ${count} failed)`;
  const lines = [head];
  for (const t of f.tests) {
    if (t.passed && !verbose) continue;
    lines.push(...formatTest(t, f, verbose));
  }
  return lines;
}

function formatTest(t: TestResult, f: FileRun, verbose: boolean): string[] {
  const lines = [`  ${t.passed ? PASS : FAIL} ${t.namespace}/${t.name}  (line ${t.line})`];
  if (t.error) {
    lines.push(`      ${t.error}`);
    return lines;
  }
  for (const a of t.assertions) {
    if (a.passed && !verbose) continue;
    lines.push(`      ${a.passed ? PASS : FAIL} ${a.label}: ${a.message}  (line ${a.range.line})`);
  }
  const trace = f.traces.get(t);
  if (trace) {
    lines.push(`      trace of request ${trace.traced.index + 1} from ${trace.traced.from}: ${trace.traced.curl}`);
    trace.traced.steps.forEach((s, i) => {
      const ref = s.ref ? `  (${s.ref.kind} ${s.ref.namespace}/${s.ref.name}, line ${s.ref.line})` : '';
      lines.push(`        ${String(i + 1).padStart(2)}. [${s.stage}] ${s.message}${ref}`);
    });
  }
  return lines;
}
