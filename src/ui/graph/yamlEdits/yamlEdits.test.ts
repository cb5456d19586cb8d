import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { scenarios } from '../../../scenarios/index.ts';
import { applyTextEdits } from '../../../state/textEdits.ts';
import { readDeployments } from './readDeployments.ts';
import { replicasEdit } from './replicasEdit.ts';
import { setScalarEdit } from './setScalarEdit.ts';
import { sidecarToggleEdits } from './sidecarToggleEdit.ts';
import { weightEdit } from './weightEdit.ts';

const seed = scenarios.find((s) => s.id === 'seed')!.yaml;
const noSidecar = scenarios.find((s) => s.id === 'no-sidecar-client')!.yaml;

function docOf(text: string, kind: string, name: string): any {
  const docs = parseAllDocuments(text);
  if (!Array.isArray(docs)) throw new Error('empty');
  return docs.map((d) => d.toJS()).find((d) => d?.kind === kind && d.metadata?.name === name);
}

/** Lines that differ between two texts of the same line count. */
function changedLines(a: string, b: string): string[] {
  const x = a.split('\n');
  const y = b.split('\n');
  return y.filter((line, i) => line !== x[i]);
}

describe('weightEdit', () => {
  const ref = { kind: 'VirtualService', namespace: 'infra-jinsu-lab', name: 'httpping-without-sidecar', line: 0 };
  it('rewrites only the digits of one weight and keeps every comment', () => {
    const line = seed.split('\n').findIndex((l) => l.includes('weight: 10')) + 1;
    const edit = weightEdit(seed, { ref: { ...ref, line }, weightPath: ['spec', 'http', 0, 'route', 0, 'weight'] }, 35)!;
    expect(edit).toMatchObject({ length: 2, text: '35' });
    const next = applyTextEdits(seed, [edit]);
    expect(changedLines(seed, next)).toEqual(['      weight: 35']);
    expect(docOf(next, 'VirtualService', 'httpping-without-sidecar').spec.http[0].route.map((r: any) => r.weight)).toEqual([35, 90]);
    expect(next.match(/^#.*$/gm)).toEqual(seed.match(/^#.*$/gm));
  });

  it('is a no-op when the weight is already there, and inserts a missing weight', () => {
    expect(weightEdit(seed, { ref, weightPath: ['spec', 'http', 0, 'route', 1, 'weight'] }, 90)).toBeNull();
    const text = seed.replace('      weight: 90\n', '');
    const edit = weightEdit(text, { ref, weightPath: ['spec', 'http', 0, 'route', 1, 'weight'] }, 5)!;
    const next = applyTextEdits(text, [edit]);
    expect(docOf(next, 'VirtualService', 'httpping-without-sidecar').spec.http[0].route[1]).toMatchObject({ weight: 5, destination: { subset: 'v2' } });
    expect(next).toBe(seed.replace('weight: 90', 'weight: 5'));
  });
});

describe('sidecarToggleEdits', () => {
  const client = (yaml: string, hasSidecar: boolean) => ({ hasSidecar, ref: { kind: 'Deployment', namespace: 'infra-jinsu-lab', name: 'sleep', line: yaml.split('\n').findIndex((l) => l === 'kind: Deployment' ) } });
  it('turns the seed client\'s "true" into "false" and back', () => {
    const off = applyTextEdits(seed, sidecarToggleEdits(seed, { ...client(seed, true) }));
    expect(changedLines(seed, off)).toEqual(['        sidecar.istio.io/inject: "false"']);
    const on = applyTextEdits(off, sidecarToggleEdits(off, { ...client(off, false) }));
    expect(on).toBe(seed);
  });

  it('inserts the label when it is missing, at the labels\' indentation', () => {
    const text = seed.replace('        sidecar.istio.io/inject: "true"\n', '');
    const next = applyTextEdits(text, sidecarToggleEdits(text, client(text, false)));
    expect(next).toBe(seed);
  });

  it('adds a labels map when the template has none, and flips a vetoing annotation', () => {
    const text = seed.replace('      labels:\n        app: sleep\n        sidecar.istio.io/inject: "true"\n', '      annotations:\n        sidecar.istio.io/inject: \'false\'\n');
    const next = applyTextEdits(text, sidecarToggleEdits(text, client(text, false)));
    const tpl = docOf(next, 'Deployment', 'sleep').spec.template.metadata;
    expect(tpl).toEqual({ annotations: { 'sidecar.istio.io/inject': 'true' }, labels: { 'sidecar.istio.io/inject': 'true' } });
  });

  it('edits flow maps in place', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: ns, labels: {app: p}}  # keep\n';
    const next = applyTextEdits(text, sidecarToggleEdits(text, { hasSidecar: false, ref: { kind: 'Pod', namespace: 'ns', name: 'p', line: 1 } }));
    expect(next).toBe('apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: ns, labels: {app: p, sidecar.istio.io/inject: "true"}}  # keep\n');
  });

  it('works for the no-sidecar scenario', () => {
    const line = noSidecar.split('\n').findIndex((l) => l.includes('name: sleep')) + 1;
    const next = applyTextEdits(noSidecar, sidecarToggleEdits(noSidecar, { hasSidecar: false, ref: { kind: 'Deployment', namespace: 'infra-jinsu-lab', name: 'sleep', line } }));
    expect(docOf(next, 'Deployment', 'sleep').spec.template.metadata.labels['sidecar.istio.io/inject']).toBe('true');
    expect(changedLines(noSidecar, next)).toHaveLength(1);
  });
});

describe('replicas', () => {
  it('reads Deployments with their replicas (1 when absent)', () => {
    expect(readDeployments(seed).map((d) => [d.name, d.replicas])).toEqual([['httpping-without-sidecar-v1', 3], ['httpping-without-sidecar-v2', 3], ['sleep', 1]]);
    expect(readDeployments(seed.replace('  replicas: 1\n', '')).find((d) => d.name === 'sleep')!.replicas).toBe(1);
  });

  it('changes spec.replicas, or inserts it', () => {
    const next = applyTextEdits(seed, [replicasEdit(seed, { namespace: 'infra-jinsu-lab', name: 'httpping-without-sidecar-v2' }, 4)!]);
    expect(changedLines(seed, next)).toEqual(['  replicas: 4']);
    const text = seed.replace('  replicas: 1\n', '');
    const inserted = applyTextEdits(text, [replicasEdit(text, { namespace: 'infra-jinsu-lab', name: 'sleep' }, 2)!]);
    expect(docOf(inserted, 'Deployment', 'sleep').spec.replicas).toBe(2);
    expect(inserted).toContain('  template:\n    metadata:\n      labels:\n        app: sleep\n        sidecar.istio.io/inject: "true"\n    spec:\n      containers:\n        - name: sleep\n          image: curlimages/curl\n          command: ["/bin/sleep", "infinity"]\n  replicas: 2\n');
  });
});

describe('setScalarEdit fallback', () => {
  it('rewrites the document when the parent is an empty value', () => {
    const text = '# head\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels:\n---\nkind: Other\n';
    const edit = setScalarEdit(text, { kind: 'Pod', namespace: 'default', name: 'p' }, ['metadata', 'labels', 'a'], '"b"', 'b')!;
    const next = applyTextEdits(text, [edit]);
    expect(parseAllDocuments(next).length).toBe(2);
    expect(parse(next.split('---')[0])).toMatchObject({ metadata: { labels: { a: 'b' } } });
    expect(next.startsWith('# head\n')).toBe(true);
    expect(next.match(/# head/g)).toHaveLength(1);
  });

  it('returns null for a resource that is not in the text', () => {
    expect(setScalarEdit(seed, { kind: 'Deployment', namespace: 'x', name: 'nope' }, ['spec', 'replicas'], '1', 1)).toBeNull();
  });
});
