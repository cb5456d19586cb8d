import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineOf, rangeOf } from '../model/resource.ts';
import { parseScenario } from './parseScenario.ts';

const VS = `# a comment before the document
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: reviews
  namespace: prod
spec:
  hosts: [reviews]
  http:
  - route:
    - destination:
        host: reviews
        subset: v1
      weight: 10
    - destination:
        host: reviews
        subset: v2
      weight: 90
`;

describe('parseScenario: resources', () => {
  it('reads the object envelope and metadata', () => {
    const { resources, diagnostics } = parseScenario(VS);
    expect(diagnostics).toEqual([]);
    expect(resources).toHaveLength(1);
    expect(resources[0]).toMatchObject({
      apiVersion: 'networking.istio.io/v1',
      kind: 'VirtualService',
      name: 'reviews',
      namespace: 'prod',
      docIndex: 0,
      body: { spec: { http: [{ route: [{ weight: 10 }, { weight: 90 }] }] } },
    });
  });

  it('gives the line where each field is written', () => {
    const [vs] = parseScenario(VS).resources;
    // The document starts at its first key, not at the comment above it.
    expect(lineOf(vs)).toBe(2);
    expect(lineOf(vs, ['spec', 'http', 0, 'route', 1, 'weight'])).toBe(18);
    expect(lineOf(vs, ['spec', 'http', 0, 'route', 0, 'destination', 'subset'])).toBe(13);
    // A mapping-valued field starts at its key (`destination:`), not at its first child.
    expect(rangeOf(vs, ['spec', 'http', 0, 'route', 1, 'destination'])).toEqual({ line: 15, col: 7, endLine: 17, endCol: 19 });
    // Flow sequences: the item itself.
    expect(rangeOf(vs, ['spec', 'hosts', 0])).toEqual({ line: 8, col: 11, endLine: 8, endCol: 18 });
    // A path that does not exist falls back to its deepest existing parent.
    expect(lineOf(vs, ['spec', 'http', 0, 'route', 1, 'weight', 'nope'])).toBe(18);
  });

  it('ends a block mapping at its last value, not on the next key line', () => {
    const [vs] = parseScenario(VS).resources;
    expect(rangeOf(vs, ['metadata'])).toEqual({ line: 4, col: 1, endLine: 6, endCol: 18 });
  });

  it('numbers documents in file order and ignores empty ones', () => {
    const text = `---\n# only a comment\n---\napiVersion: v1\nkind: Service\nmetadata: {name: a}\n---\n---\napiVersion: v1\nkind: Service\nmetadata: {name: b}\n`;
    const { resources, diagnostics } = parseScenario(text);
    expect(diagnostics).toEqual([]);
    expect(resources.map((r) => [r.name, r.docIndex, r.range.line])).toEqual([
      ['a', 1, 4],
      ['b', 3, 9],
    ]);
  });

  it("defaults the namespace to 'default'; a Namespace object has none", () => {
    const { resources } = parseScenario(
      `apiVersion: v1\nkind: Service\nmetadata: {name: a}\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: prod, labels: {istio-injection: enabled}}\n`,
    );
    expect(resources.map((r) => [r.kind, r.namespace])).toEqual([
      ['Service', 'default'],
      ['Namespace', ''],
    ]);
    expect(resources[1].labels).toEqual({ 'istio-injection': 'enabled' });
  });

  it('keeps unknown kinds for the model to report', () => {
    const { resources, diagnostics } = parseScenario(`apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n`);
    expect(diagnostics).toEqual([]);
    expect(resources[0].kind).toBe('ConfigMap');
  });

  it('supports anchors, aliases and << merge keys', () => {
    const { resources, diagnostics } = parseScenario(
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  labels: &l {app: web}\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  <<: {namespace: prod}\n  name: b\n`,
    );
    expect(diagnostics).toEqual([]);
    expect(resources.map((r) => `${r.namespace}/${r.name}`)).toEqual(['default/a', 'prod/b']);
  });
});

describe('parseScenario: problems become diagnostics with lines', () => {
  it('reports a YAML syntax error at its line and keeps the other documents', () => {
    const text = `apiVersion: v1\nkind: Service\nmetadata: {name: ok}\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: "broken\n`;
    const { resources, diagnostics } = parseScenario(text);
    expect(resources.map((r) => r.name)).toEqual(['ok']);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'YAML0001', level: 'Error' });
    expect(diagnostics[0].message).toMatch(/^Line \d+: .*quote/);
  });

  it('names a duplicated key and points at its second occurrence', () => {
    const { diagnostics } = parseScenario(`apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n  name: b\n`);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'YAML0001',
        level: 'Error',
        message: 'Line 5: key `name` appears twice in this mapping; each key may appear only once.',
        range: { line: 5, col: 3, endLine: 5, endCol: 4 },
      }),
    ]);
  });

  it('reports tabs used as indentation on their line', () => {
    const { diagnostics } = parseScenario(`apiVersion: v1\nkind: Service\nmetadata:\n\tname: a\n`);
    expect(diagnostics[0]).toMatchObject({ code: 'YAML0001', range: { line: 4, col: 1, endCol: 2 } });
    expect(diagnostics[0].message).toMatch(/^Line 4: Tabs/);
  });

  it('stops an alias bomb with a clear diagnostic', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
      'f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
    ].join('\n');
    const started = performance.now();
    const { resources, diagnostics } = parseScenario(bomb);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(resources).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'YAML0001', level: 'Error', range: { line: 2 } });
    expect(diagnostics[0].message).toContain('alias bomb');
  });

  it('points at an alias whose anchor does not exist', () => {
    const { diagnostics } = parseScenario(`apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  labels: *nope\n`);
    expect(diagnostics[0].message).toBe(
      'Line 5: alias *nope refers to no anchor &nope defined before it; the document is ignored.',
    );
  });

  it('skips documents that are not objects (IST0106)', () => {
    const { resources, diagnostics } = parseScenario(`- a\n- b\n---\njust text\n`);
    expect(resources).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.range.line])).toEqual([
      ['IST0106', 1],
      ['IST0106', 4],
    ]);
  });

  it.each([
    ['kind', `apiVersion: v1\nmetadata: {name: a}\n`, 1, /has no `kind`/],
    ['apiVersion', `kind: Service\nmetadata: {name: a}\n`, 1, /This Service has no `apiVersion`/],
    ['metadata.name', `apiVersion: v1\nkind: Service\nmetadata:\n  namespace: x\n`, 1, /has no `metadata.name`/],
    ['a non-string name', `apiVersion: v1\nkind: Service\nmetadata:\n  name: 42\n`, 4, /`metadata.name` must be a string/],
  ])('skips an object without %s', (_, text, line, message) => {
    const { resources, diagnostics } = parseScenario(text);
    expect(resources).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'IST0106', level: 'Error', range: { line } });
    expect(diagnostics[0].message).toMatch(message);
  });

  it('keeps an unquoted boolean label as text but reports it (Kubernetes would reject it)', () => {
    const { resources, diagnostics } = parseScenario(
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  labels:\n    sidecar.istio.io/inject: true\n`,
    );
    expect(resources[0].labels).toEqual({ 'sidecar.istio.io/inject': 'true' });
    expect(diagnostics[0]).toMatchObject({ code: 'IST0106', kind: 'Pod', name: 'a', range: { line: 6 } });
    expect(diagnostics[0].message).toContain('Quote it');
  });

  it('survives nesting deep enough to overflow the stack', () => {
    const { resources, diagnostics } = parseScenario('['.repeat(20000) + ']'.repeat(20000));
    expect(resources).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0].message).toMatch(/nested too deeply/);
  });
});

describe('parseScenario never throws', () => {
  const vocabulary = fc.constantFrom(
    'apiVersion: v1', 'kind: Service', 'kind: Pod', 'metadata:', '  name: a', '  namespace: b', 'spec:',
    '  - x', '- ', '---', '&a', '*a', '<<: *a', '{', '}', '[', ']', '"', "'", ':', '\t', '#', '? ', '|', '>',
    '!tag', '%YAML 1.2', '  labels: {x: 1}', '...', '', ' ',
  );
  const yamlish = fc.array(fc.array(vocabulary, { maxLength: 4 }).map((parts) => parts.join(' ')), { maxLength: 20 })
    .map((lines) => lines.join('\n'));

  it('on arbitrary strings and YAML-like text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), yamlish), (text) => {
        const { resources, diagnostics } = parseScenario(text);
        for (const d of diagnostics) {
          expect(d.message).toMatch(/^Line \d+: /);
          expect(d.range.line).toBeGreaterThanOrEqual(1);
          expect(d.range.col).toBeGreaterThanOrEqual(1);
        }
        for (const r of resources) expect(typeof r.kind).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });
});
