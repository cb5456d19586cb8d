import type { TestResult } from '../../engine/index.ts';
import type { FileRun, SuiteRun } from './runFiles.ts';

/**
 * `itp test --json`: {passed, failed, files: [{file, error?, tests: [{namespace, name, line,
 * passed, error?, assertions: [{label, passed, message, line}], failure?: {assertion, request,
 * curl, from, steps}}]}]}.
 */
export function formatSuiteJson(suite: SuiteRun): string {
  return JSON.stringify({
    passed: suite.passed,
    failed: suite.failed,
    files: suite.files.map((f) => ({
      file: f.file,
      ...(f.error ? { error: f.error } : {}),
      tests: f.tests.map((t) => testJson(t, f)),
    })),
  });
}

function testJson(t: TestResult, f: FileRun) {
  const trace = f.traces.get(t);
  return {
    namespace: t.namespace,
    name: t.name,
    line: t.line,
    from: t.from,
    request: t.curl,
    requests: t.requests,
    seed: t.seed,
    passed: t.passed,
    ...(t.error ? { error: t.error } : {}),
    assertions: t.assertions.map((a) => ({ label: a.label, passed: a.passed, message: a.message, line: a.range.line })),
    ...(trace
      ? {
          failure: {
            assertion: trace.assertion,
            index: trace.traced.index,
            from: trace.traced.from,
            curl: trace.traced.curl,
            status: trace.traced.decision.status,
            steps: trace.traced.steps.map((s) => ({ stage: s.stage, message: s.message, ref: s.ref ?? null })),
          },
        }
      : {}),
  };
}

/** JUnit XML (one <testsuite> per file, one <testcase> per Test), as CI systems read it. */
export function formatSuiteJunit(suite: SuiteRun): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(`<testsuites name="itp test" tests="${suite.passed + suite.failed}" failures="${suite.failed}" time="${sec(suite.ms)}">`);
  for (const f of suite.files) {
    const tests = f.error ? 1 : f.tests.length;
    const failures = f.error ? 1 : f.tests.filter((t) => !t.passed).length;
    out.push(`  <testsuite name="${xml(f.file)}" tests="${tests}" failures="${failures}" errors="0" time="${sec(f.ms)}">`);
    if (f.error) {
      out.push(`    <testcase classname="${xml(f.file)}" name="load"><failure message="${xml(f.error)}"/></testcase>`);
    }
    for (const t of f.tests) {
      const name = `${t.namespace}/${t.name}`;
      if (t.passed) {
        out.push(`    <testcase classname="${xml(f.file)}" name="${xml(name)}"/>`);
        continue;
      }
      const failed = t.assertions.filter((a) => !a.passed);
      const message = t.error ?? failed.map((a) => `${a.label}: ${a.message}`).join(' ');
      const trace = f.traces.get(t);
      const body = [
        `${f.file}:${t.line}`,
        ...(t.error ? [t.error] : failed.map((a) => `line ${a.range.line}: ${a.label}: ${a.message}`)),
        ...(trace ? [`trace of request ${trace.traced.index + 1}: ${trace.traced.curl}`, ...trace.traced.steps.map((s, i) => `${i + 1}. [${s.stage}] ${s.message}`)] : []),
      ].join('\n');
      out.push(`    <testcase classname="${xml(f.file)}" name="${xml(name)}">`);
      out.push(`      <failure message="${xml(message)}" type="AssertionError">${xml(body)}</failure>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}

function sec(ms: number): string {
  return (ms / 1000).toFixed(3);
}

function xml(s: string): string {
  // Characters XML 1.0 forbids are dropped; the five specials are escaped.
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}
