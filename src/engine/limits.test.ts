/**
 * One test per hard limit (README "Limits"): each shows the sentence a user gets, with the
 * limit and the line, and that going over the limit is cheap (refused fast, never a hang).
 */
import { describe, expect, it } from 'vitest';
import { analyzeScenario } from './analyze/index.ts';
import { loadScenario } from './index.ts';
import {
  MAX_ALIAS_COUNT,
  MAX_DOCUMENTS,
  MAX_PODS,
  MAX_REGEX_BYTES,
  MAX_REPLICAS,
  MAX_TRAFFIC_RATE,
  MAX_YAML_BYTES,
} from './limits.ts';
import { parseScenario, parseScenarioWhole } from './parse/parseScenario.ts';

const deployment = (name: string, replicas: number) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: lab}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: ${name}}}
  template: {metadata: {labels: {app: ${name}}}, spec: {containers: [{name: c, image: i}]}}
`;

const traffic = (name: string, rate: number) => `apiVersion: playground/v1
kind: Traffic
metadata: {name: ${name}, namespace: lab}
spec:
  from: client
  rate: ${rate}
  requests: ["curl http://x"]
`;

function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

describe('limits', () => {
  it(`refuses YAML over ${MAX_YAML_BYTES} bytes, naming the size, the limit and the line that passes it`, () => {
    const line = '# ' + 'x'.repeat(98) + '\n';
    const text = line.repeat(Math.ceil(MAX_YAML_BYTES / line.length) + 10);
    const overLine = Math.floor(MAX_YAML_BYTES / line.length) + 1;
    for (const parse of [parseScenario, parseScenarioWhole]) {
      const { value, ms } = timed(() => parse(text));
      expect(value.resources).toEqual([]);
      expect(value.diagnostics).toEqual([
        expect.objectContaining({
          code: 'ITP1003',
          level: 'Error',
          range: expect.objectContaining({ line: overLine }),
          message: `Line ${overLine}: the YAML is 1 MB, more than the playground's limit of 1 MB (1,048,576 bytes), which this line passes; nothing was loaded. Remove resources or split the scenario.`,
        }),
      ]);
      expect(ms).toBeLessThan(500);
    }
  });

  it('counts the size in UTF-8 bytes, not characters', () => {
    const text = '# ' + 'é'.repeat(MAX_YAML_BYTES / 2) + '\n';
    expect(parseScenario(text).diagnostics[0]).toMatchObject({ code: 'ITP1003', range: { line: 1 } });
    expect(parseScenario('# ' + 'é'.repeat(MAX_YAML_BYTES / 2 - 10)).diagnostics).toEqual([]);
  });

  it(`reads at most ${MAX_DOCUMENTS} documents and says where the rest begins`, () => {
    const doc = (i: number) => `apiVersion: v1\nkind: Namespace\nmetadata: {name: ns-${i}}\n`;
    const text = Array.from({ length: MAX_DOCUMENTS + 5 }, (_, i) => doc(i)).join('---\n');
    const firstIgnoredLine = MAX_DOCUMENTS * 4; // the `---` that starts document 2,001
    for (const parse of [parseScenario, parseScenarioWhole]) {
      const { resources, diagnostics } = parse(text);
      expect(resources).toHaveLength(MAX_DOCUMENTS);
      expect(diagnostics).toEqual([
        expect.objectContaining({
          code: 'ITP1004',
          level: 'Warning',
          message: `Line ${firstIgnoredLine}: the scenario has more than 2,000 YAML documents, the playground's limit; this document and the ones after it are ignored.`,
        }),
      ]);
    }
  });

  it('refuses a "billion laughs" alias bomb in well under a second', () => {
    const levels = ['lol: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) levels.push(`l${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(',')}]`);
    const bomb = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: laughs}\ndata:\n${levels.map((l) => '  ' + l).join('\n')}\n`;
    const { value, ms } = timed(() => loadScenario(bomb));
    expect(ms).toBeLessThan(250);
    expect(value.resources).toEqual([]);
    expect(value.diagnostics).toEqual([
      expect.objectContaining({
        code: 'YAML0001',
        level: 'Error',
        message: `Line 6: this document expands YAML aliases (*name) more than ${MAX_ALIAS_COUNT} times, which looks like an alias bomb; the document is ignored.`,
      }),
    ]);
  });

  it(`simulates at most ${MAX_REPLICAS} replicas of a Deployment`, () => {
    const { model, diagnostics } = loadScenario(deployment('big', 1_000_000));
    expect(model.pods).toHaveLength(MAX_REPLICAS);
    expect(diagnostics).toContainEqual(expect.objectContaining({
      code: 'ITP1001',
      message: 'Line 5: Deployment big asks for 1000000 replicas; the playground simulates the first 1000.',
    }));
  });

  it(`simulates at most ${MAX_PODS} pods`, () => {
    const text = Array.from({ length: 6 }, (_, i) => deployment(`d${i}`, MAX_REPLICAS)).join('---\n');
    const { model, diagnostics } = loadScenario(text);
    expect(model.pods).toHaveLength(MAX_PODS);
    expect(diagnostics).toContainEqual(expect.objectContaining({
      code: 'ITP1002',
      message: 'Line 41: the scenario has more than 5000 pods; pods from here on are not simulated.',
    }));
  });

  it(`clamps one Traffic's rate to ${MAX_TRAFFIC_RATE} requests per second`, () => {
    const { model, diagnostics } = loadScenario(traffic('flood', 1e9));
    expect(model.traffic[0].rate).toBe(MAX_TRAFFIC_RATE);
    expect(diagnostics).toContainEqual(expect.objectContaining({
      code: 'ITP1005',
      level: 'Warning',
      message: "Line 6: `rate` 1,000,000,000 is above the playground's limit of 10,000 requests per second; using 10,000.",
    }));
  });

  it('scales all Traffic rates down together when their sum passes the limit', () => {
    const { model, diagnostics } = loadScenario(traffic('a', 6000) + '---\n' + traffic('b', 9000));
    expect(model.traffic.map((t) => t.rate)).toEqual([4000, 6000]);
    expect(diagnostics).toContainEqual(expect.objectContaining({
      code: 'ITP1005',
      message: "Line 14: the Traffic objects together send 15,000 requests per second, above the playground's limit of 10,000; every rate is scaled down to fit, keeping their proportions.",
    }));
  });

  it(`rejects a regex longer than ${MAX_REGEX_BYTES} bytes, as Istio does`, () => {
    const vs = `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: vs, namespace: lab}
spec:
  hosts: [svc]
  http:
    - match: [{uri: {regex: "${'a'.repeat(MAX_REGEX_BYTES + 1)}"}}]
      route: [{destination: {host: svc}}]
`;
    const messages = analyzeScenario(loadScenario(vs));
    expect(messages).toContainEqual(expect.objectContaining({
      level: 'Error',
      range: expect.objectContaining({ line: 7 }),
      message: expect.stringContaining('regex is too large: 1025 bytes, max length allowed is 1024'),
    }));
  });
});
