/**
 * The headless contract (DESIGN.md "Headless contract (CLI)"): `simulate --json` output shape,
 * determinism, `trace --json`, and bad input as one line on stderr with exit status 2. Most
 * cases call runCli in-process; two real subprocesses prove the npm script and exit status.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findScenario } from '../scenarios/index.ts';
import { runCli } from './main.ts';

const dir = mkdtempSync(join(tmpdir(), 'itp-cli-'));
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}
const seed = file('seed.yaml', findScenario('seed')!.yaml);
const hash = file('consistent-hash.yaml', findScenario('consistent-hash')!.yaml);

function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, (s) => out.push(s), (s) => err.push(s));
  return { code, stdout: out.join('\n'), stderr: err.join('\n'), errLines: err };
}

describe('itp simulate --json', () => {
  it('prints exactly {total, status, pods, clusters}; pods lists every pod, count 0 included', () => {
    const r = cli('simulate', seed, '--requests', '500', '--seed', '1', '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['total', 'status', 'pods', 'clusters']);
    expect(json.total).toBe(500);
    expect(json.status).toEqual({ 200: 500 });
    expect(json.pods).toHaveLength(7);
    for (const p of json.pods) {
      expect(Object.keys(p)).toEqual(['namespace', 'name', 'ip', 'labels', 'count']);
      expect(p.ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
      expect(typeof p.count).toBe('number');
    }
    const sleep = json.pods.find((p: { name: string }) => p.name.startsWith('sleep-'));
    expect(sleep).toMatchObject({ namespace: 'infra-jinsu-lab', count: 0, labels: { app: 'sleep', 'sidecar.istio.io/inject': 'true' } });
    expect(json.pods.reduce((n: number, p: { count: number }) => n + p.count, 0)).toBe(500);
    const fqdn = 'httpping-without-sidecar.infra-jinsu-lab.svc.cluster.local';
    expect(Object.keys(json.clusters).sort()).toEqual([`outbound|8080|v1|${fqdn}`, `outbound|8080|v2|${fqdn}`]);
    expect(Object.values(json.clusters).reduce((a: number, b) => a + (b as number), 0)).toBe(500);
  });

  it('same seed -> identical output; another seed -> another sample', () => {
    const a = cli('simulate', hash, '--requests', '400', '--seed', '9', '--json').stdout;
    expect(cli('simulate', hash, '--requests', '400', '--seed', '9', '--json').stdout).toBe(a);
    expect(cli('simulate', hash, '--seed=9', '--requests=400', '--json').stdout).toBe(a);
    expect(cli('simulate', hash, '--requests', '400', '--seed', '10', '--json').stdout).not.toBe(a);
  });

  it('without --json prints a readable table', () => {
    const r = cli('simulate', seed, '--requests', '100', '--seed', '1');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('100 requests, seed 1');
    expect(r.stdout).toMatch(/httpping-without-sidecar-v2-\S+\s+10\.\d+\.\d+\.\d+\s+\d+\s+[\d.]+ %/);
  });
});

describe('itp trace --json', () => {
  it('prints {status, pod, cluster, steps} with YAML refs', () => {
    const r = cli('trace', seed, '--from', 'infra-jinsu-lab/sleep', '--curl', "curl -H 'foo: bar' http://httpping-without-sidecar.infra-jinsu-lab:8080/ping", '--seed', '3', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.status).toBe(200);
    expect(Object.keys(json.pod)).toEqual(['namespace', 'name', 'ip', 'port']);
    expect(json.pod).toMatchObject({ namespace: 'infra-jinsu-lab', port: 80 });
    expect(json.cluster).toMatch(/^outbound\|8080\|v[12]\|httpping-without-sidecar\.infra-jinsu-lab\.svc\.cluster\.local$/);
    for (const s of json.steps) {
      expect(typeof s.stage).toBe('string');
      expect(typeof s.message).toBe('string');
      if (s.ref !== null) expect(Object.keys(s.ref)).toEqual(['kind', 'namespace', 'name', 'line']);
    }
    const vsStep = json.steps.find((s: { stage: string }) => s.stage === 'virtualService');
    expect(vsStep.ref).toMatchObject({ kind: 'VirtualService', namespace: 'infra-jinsu-lab', name: 'httpping-without-sidecar' });
    expect(cli('trace', seed, '--from', 'infra-jinsu-lab/sleep', '--curl', 'curl http://httpping-without-sidecar.infra-jinsu-lab:8080/', '--seed', '3', '--json').stdout)
      .toBe(cli('trace', seed, '--from', 'infra-jinsu-lab/sleep', '--curl', 'curl http://httpping-without-sidecar.infra-jinsu-lab:8080/', '--seed', '3', '--json').stdout);
  });

  it('--from accepts a Deployment name (its first pod)', () => {
    const r = cli('trace', seed, '--from', 'infra-jinsu-lab/httpping-without-sidecar-v1', '--curl', 'curl http://httpping-without-sidecar.infra-jinsu-lab:8080/', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).steps[0].message).toContain('has no sidecar');
  });
});

describe('bad input: one line on stderr, exit status 2, no stack trace', () => {
  const notYaml = file('broken.yaml', 'apiVersion: v1\nkind: Service\nmetadata: {name: x\n');
  const plainText = file('notes.txt', 'Remember to buy milk.\n');
  const emptyDir = join(dir, 'a-directory');
  mkdirSync(emptyDir);

  it.each([
    ['YAML syntax error', ['simulate', notYaml, '--json'], /^itp: .*broken\.yaml:\d+:\d+: Line \d+: Flow map/],
    ['a text file that is no scenario', ['analyze', plainText], /^itp: .*notes\.txt: not a scenario, no Kubernetes object found \(1:1: /],
    ['missing file', ['simulate', join(dir, 'nope.yaml')], /^itp: cannot read .*nope\.yaml: no such file$/],
    ['a directory', ['trace', emptyDir, '--from', 'a/b', '--curl', 'curl http://x/'], /is a directory, expected a YAML file$/],
    ['missing file argument', ['simulate'], /^itp: missing scenario file/],
    ['unknown flag', ['simulate', seed, '--bogus'], /^itp: unknown flag --bogus \(known: --requests, --seed, --json\)$/],
    ['single-dash flag', ['simulate', seed, '-n', '3'], /^itp: unknown flag -n/],
    ['flag without its value', ['simulate', seed, '--requests'], /^itp: flag --requests needs a value$/],
    ['non-numeric --requests', ['simulate', seed, '--requests', 'many'], /^itp: --requests must be a whole number/],
    ['unknown --from pod', ['trace', seed, '--from', 'infra-jinsu-lab/nope', '--curl', 'curl http://x/'], /^itp: --from infra-jinsu-lab\/nope: no Pod or Deployment of that name in .*seed\.yaml \(pods: /],
    ['--from missing', ['trace', seed, '--curl', 'curl http://x/'], /^itp: trace needs --from/],
    ['bad --curl', ['trace', seed, '--from', 'infra-jinsu-lab/sleep', '--curl', 'wget http://x/'], /^itp: --curl: /],
    ['unknown command', ['simulat', seed], /^itp: unknown command 'simulat'/],
    ['two files', ['simulate', seed, seed], /^itp: simulate takes one scenario file, got 2$/],
  ])('%s', (_label, argv, message) => {
    const r = cli(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.errLines).toHaveLength(1);
    expect(r.stderr).not.toContain('\n');
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(r.stderr).toMatch(message);
  });

  it('a scenario without Traffic cannot be simulated (exit 2), but can be traced', () => {
    const docs = findScenario('seed')!.yaml.split('\n---\n').filter((d) => !d.includes('kind: Traffic'));
    const noTraffic = file('no-traffic.yaml', docs.join('\n---\n'));
    const r = cli('simulate', noTraffic);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^itp: .*no-traffic\.yaml: no usable Traffic object/);
    const t = cli('trace', noTraffic, '--from', 'infra-jinsu-lab/sleep', '--curl', 'curl http://httpping-without-sidecar.infra-jinsu-lab:8080/');
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(/=> 200 from httpping-without-sidecar-v[12]-/);
  });
});

const root = join(import.meta.dirname, '..', '..');

describe('the real command line', () => {
  it('npm run --silent itp -- simulate ... --json prints the same JSON as runCli', () => {
    const p = spawnSync('npm', ['run', '--silent', 'itp', '--', 'simulate', seed, '--requests', '300', '--seed', '1', '--json'], { cwd: root, encoding: 'utf8' });
    expect(p.stderr).toBe('');
    expect(p.status).toBe(0);
    expect(JSON.parse(p.stdout)).toEqual(JSON.parse(cli('simulate', seed, '--requests', '300', '--seed', '1', '--json').stdout));
  }, 30_000);

  it('bad input exits with status 2 and one stderr line', () => {
    const p = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'simulate', join(dir, 'missing.yaml')], { cwd: root, encoding: 'utf8' });
    expect(p.status).toBe(2);
    expect(p.stdout).toBe('');
    expect(p.stderr.trim().split('\n')).toEqual([`itp: cannot read ${join(dir, 'missing.yaml')}: no such file`]);
  }, 30_000);
});
