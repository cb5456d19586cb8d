import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarios } from '../../scenarios/index.ts';
import { generateLargeMesh } from '../../scenarios/generateLargeMesh.ts';
import { splitDocuments } from './documentChunks.ts';
import { parseScenario, parseScenarioWhole } from './parseScenario.ts';

/**
 * The per-document parse must be indistinguishable from parsing the text whole, as long as the
 * YAML is well-formed. With a syntax error the two may place that document's errors differently
 * (its text ends at the next `---` instead of running into it), and the whole-text parse can
 * shift every later line by one (the yaml library's LineCounter misses a newline inside some
 * broken multi-line tokens), so then only the resources' content must agree.
 */
const same = (text: string) => {
  const chunked = parseScenario(text);
  const whole = parseScenarioWhole(text);
  if (!whole.diagnostics.some((d) => d.code === 'YAML0001') && !chunked.diagnostics.some((d) => d.code === 'YAML0001')) {
    expect(chunked).toStrictEqual(whole);
    return;
  }
  const content = (r: ReturnType<typeof parseScenario>) => r.resources.map(({ docIndex, kind, name, namespace, body }) => ({ docIndex, kind, name, namespace, body }));
  expect(content(chunked)).toStrictEqual(content(whole));
  expect(chunked.diagnostics.some((d) => d.code === 'YAML0001')).toBe(true);
  expect(whole.diagnostics.some((d) => d.code === 'YAML0001')).toBe(true);
};

const DOC = (name: string, extra = '') => `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: ns
spec:
  selector: {app: ${name}}
  ports:
    - port: 8080${extra}
`;

describe('splitDocuments', () => {
  it('splits at --- lines, keeps leading comments with the first document, counts lines', () => {
    const text = `# intro\n\n---\na: 1\n--- # two\nb: 2\n---\n`;
    expect(splitDocuments(text)).toEqual([
      { text: '# intro\n\n---\na: 1\n', lineOffset: 0 },
      { text: '--- # two\nb: 2\n', lineOffset: 4 },
      { text: '---\n', lineOffset: 6 },
    ]);
  });
  it('gives up on directives and document-end markers', () => {
    expect(splitDocuments('%YAML 1.2\n---\na: 1\n')).toBeUndefined();
    expect(splitDocuments('a: 1\n...\n---\nb: 2\n')).toBeUndefined();
  });
});

describe('parseScenario with reused documents equals the whole-text parse', () => {
  it.each(scenarios.map((s) => s.id))('built-in scenario %s, then edits above, inside and below documents', (id) => {
    const yaml = scenarios.find((s) => s.id === id)!.yaml;
    same(yaml);
    same(`# one more line\n${yaml}`);
    same(yaml.replace('---', '---\n# inserted\n'));
    same(yaml.replace(/replicas: 3/, 'replicas: 2'));
    same(yaml.replace('kind: Service', 'kind: Service\n  bad: [indent'));
    same(yaml);
  });

  it('the large mesh, with a line inserted in the middle and a document removed', () => {
    const yaml = generateLargeMesh({ services: 12, podsPerService: 2, destinationRules: 6, virtualServices: 12 });
    const docs = yaml.split('---\n');
    same(yaml);
    same([...docs.slice(0, 5), `# x\n${docs[5]}`, ...docs.slice(6)].join('---\n'));
    same([...docs.slice(0, 7), ...docs.slice(8)].join('---\n'));
  });

  it('random documents, markers, comments, broken YAML and edits', () => {
    const piece = fc.constantFrom(
      DOC('a'),
      DOC('b', '\n      name: http'),
      '# only a comment\n',
      '\n',
      '',
      'key: "a quoted\n---\nstring"\n',
      'text: |\n  block\n---\nafter: 1\n',
      'list: [1,\n2\n',
      'a: 1\n  b: 2\n',
      'x: &a [1]\ny: *a\n',
      'y: *missing\n',
      'a: 1\na: 2\n',
      '\uFEFF# bom\n',
      'k: v\r\n',
      '- 1\n- 2\n',
      'apiVersion: v1\nkind: Namespace\nmetadata: {name: n}\n',
    );
    const marker = fc.constantFrom('---\n', '--- # c\n', '---\t\n', '--- \n', '---', '--- |\n  lit\n', '----\n', ' ---\n');
    const text = fc.array(fc.tuple(marker, piece), { maxLength: 8 }).chain((parts) =>
      fc.tuple(piece, fc.constant(parts)).map(([head, rest]) => head + rest.map(([m, p]) => m + p).join('')),
    );
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (texts) => {
        for (const t of texts) same(t);
      }),
      { numRuns: 300 },
    );
  });
});
