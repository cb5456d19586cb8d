import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../main.ts';

const conformance = fileURLToPath(new URL('../../../conformance/', import.meta.url));

function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, (s) => out.push(s), (s) => err.push(s));
  return { code, out, err };
}

const failingScenario = `apiVersion: v1
kind: Service
metadata: {name: web}
spec: {selector: {app: web}, ports: [{port: 80}]}
---
apiVersion: v1
kind: Pod
metadata: {name: web-1, labels: {app: web}}
---
apiVersion: v1
kind: Pod
metadata: {name: client}
---
apiVersion: playground/v1
kind: Test
metadata: {name: wrong-status}
spec: {from: client, request: curl http://web/, expect: {status: 503}}
---
apiVersion: playground/v1
kind: Test
metadata: {name: right-pod}
spec: {from: client, request: curl http://web/, expect: {pod: web-1}}
`;

describe('itp test', () => {
  it('runs a directory recursively and ends with the summary line', () => {
    const { code, out } = cli('test', join(conformance, 'kube-proxy'));
    expect(code).toBe(0);
    expect(out.at(-1)).toMatch(/^\d+ passed, 0 failed$/);
    expect(out).toContain('✓ ' + join(conformance, 'kube-proxy', 'ipvs-round-robin.yaml') + ' (2 tests)');
  });

  it('exits 1 on a failure, explains it with the trace, and writes --json and --junit reports', () => {
    const dir = mkdtempSync(join(tmpdir(), 'itp-test-'));
    const file = join(dir, 'routes.yaml');
    writeFileSync(file, failingScenario);
    const text = cli('test', file);
    expect(text.code).toBe(1);
    expect(text.out.at(-1)).toBe('1 passed, 1 failed');
    expect(text.out.join('\n')).toContain('✗ status 503: Expected status 503, got 200.  (line 17)');
    expect(text.out.join('\n')).toMatch(/trace of request 1 from default\/client: curl http:\/\/web\//);

    const junit = join(dir, 'report.xml');
    const json = cli('test', file, '--json', '--junit', junit);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.out.join(''));
    expect(report).toMatchObject({ passed: 1, failed: 1, files: [{ file, tests: [{ name: 'wrong-status', passed: false, failure: { status: 200 } }, { name: 'right-pod', passed: true }] }] });
    const xml = readFileSync(junit, 'utf8');
    expect(xml).toContain('<testsuite name="' + file + '" tests="2" failures="1"');
    expect(xml).toContain('<failure message="status 503: Expected status 503, got 200."');
  });

  it('treats bad input as usage errors (exit 2)', () => {
    expect(cli('test').code).toBe(2);
    expect(cli('test', '/nonexistent/routes.yaml')).toMatchObject({ code: 2, err: ['itp: cannot read /nonexistent/routes.yaml: no such file or directory'] });
    expect(cli('test', conformance, '--colour').code).toBe(2);
  });
});
