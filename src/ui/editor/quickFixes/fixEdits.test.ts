import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { analyzeYaml } from '../../../engine/analyze/testing.ts';
import type { QuickFix } from '../../../engine/analyze/types.ts';
import { seedYaml } from '../../../scenarios/seed.ts';
import { gatewayOnlyYaml } from '../../../scenarios/gatewayOnly.ts';
import { applyTextEdits } from '../../../state/textEdits.ts';
import { editsForFix } from './fixEdits.ts';

function apply(text: string, fix: QuickFix): string {
  const edits = editsForFix(text, fix);
  if (!edits) throw new Error('no edits');
  return applyTextEdits(text, edits);
}

const target = (kind: string, name: string, namespace = 'default', docIndex = 0) => ({ kind, name, namespace, docIndex });

describe('editsForFix', () => {
  it('appends a list item at the indentation of its siblings, keeping comments', () => {
    const text = `kind: DestinationRule
metadata:
  name: r
spec:
  host: r # the service
  subsets:
  - name: v1 # first
    labels:
      version: v1
# trailing comment
`;
    const out = apply(text, { title: '', target: target('DestinationRule', 'r'), ops: [{ op: 'append', path: ['spec', 'subsets'], value: { name: 'v2', labels: { version: 'v2' } } }] });
    expect(out).toBe(text.replace('# trailing comment', '  - name: v2\n    labels:\n      version: v2\n# trailing comment'));
  });

  it('appends to an indented block list, a flow list, and a list at the end of the file without newline', () => {
    const block = 'kind: VirtualService\nmetadata:\n  name: v\nspec:\n  gateways:\n    - gw # ingress\n  http: []\n';
    const fix = (text: string): QuickFix => ({ title: '', target: target('VirtualService', 'v'), ops: [{ op: 'append', path: ['spec', 'gateways'], value: 'mesh' }] });
    expect(apply(block, fix(block))).toBe(block.replace('    - gw # ingress\n', '    - gw # ingress\n    - mesh\n'));
    const flow = 'kind: VirtualService\nmetadata: {name: v}\nspec:\n  gateways: [gw]\n';
    expect(apply(flow, fix(flow))).toBe('kind: VirtualService\nmetadata: {name: v}\nspec:\n  gateways: [ gw, mesh ]\n');
    const eof = 'kind: VirtualService\nmetadata: {name: v}\nspec:\n  gateways:\n  - gw';
    expect(apply(eof, fix(eof))).toBe(`${eof}\n  - mesh`);
  });

  it('sets a new key under an existing map, quoting strings that would read as booleans', () => {
    const text = 'kind: Deployment\nmetadata:\n  name: d\nspec:\n  template:\n    metadata:\n      labels:\n        app: sleep\n    spec: {}\n';
    const out = apply(text, {
      title: '',
      target: target('Deployment', 'd'),
      ops: [{ op: 'set', path: ['spec', 'template', 'metadata', 'labels', 'sidecar.istio.io/inject'], value: 'true' }],
    });
    expect(out).toBe(text.replace('        app: sleep\n', '        app: sleep\n        sidecar.istio.io/inject: "true"\n'));
  });

  it('creates missing parent maps, and fills a key that has no value yet', () => {
    const text = 'kind: Namespace\nmetadata:\n  name: shop\n---\nkind: Namespace\nmetadata:\n  name: empty\n  labels:\n';
    const fix = (name: string, docIndex: number): QuickFix => ({
      title: '',
      target: target('Namespace', name, '', docIndex),
      ops: [{ op: 'set', path: ['metadata', 'labels', 'istio-injection'], value: 'enabled' }],
    });
    expect(apply(text, fix('shop', 0))).toBe(text.replace('  name: shop\n', '  name: shop\n  labels:\n    istio-injection: enabled\n'));
    expect(apply(text, fix('empty', 1))).toBe(`${text}    istio-injection: enabled\n`);
  });

  it('replaces a scalar in place, keeping double quotes', () => {
    const text = 'kind: DestinationRule\nmetadata:\n  name: r\nspec:\n  host: "reviews"   # short\n';
    const out = apply(text, { title: '', target: target('DestinationRule', 'r'), ops: [{ op: 'set', path: ['spec', 'host'], value: 'reviews.prod.svc.cluster.local' }] });
    expect(out).toBe(text.replace('"reviews"', '"reviews.prod.svc.cluster.local"'));
  });

  it('deletes a list item with exactly its lines', () => {
    const text = `kind: VirtualService
metadata:
  name: v
spec:
  http:
  - route:
    - destination: {host: a}
  # the jason rule
  - match:
    - headers: {end-user: {exact: jason}}
    route:
    - destination: {host: b}
  - route: [{destination: {host: c}}]
`;
    const out = apply(text, { title: '', target: target('VirtualService', 'v'), ops: [{ op: 'delete', path: ['spec', 'http', 1] }] });
    expect(out).toBe(text.replace(/  - match:\n.*\n    route:\n    - destination: \{host: b\}\n/, ''));
  });

  it('gives nothing when the target document is gone', () => {
    expect(editsForFix('kind: Service\nmetadata: {name: s}\n', { title: '', target: target('DestinationRule', 'r'), ops: [{ op: 'set', path: ['spec', 'host'], value: 'x' }] })).toBeUndefined();
  });
});

describe('analyzer fixes applied to the built-in scenarios', () => {
  function fixed(yaml: string, code: string): string {
    const m = analyzeYaml(yaml).find((x) => x.code === code && x.fixes?.length);
    if (!m?.fixes) throw new Error(`no ${code} with a fix`);
    return apply(yaml, m.fixes[0]);
  }

  it('adds the missing subset to the seed DestinationRule: IST0101 is gone and the rest of the text is unchanged', () => {
    const broken = seedYaml.replace('subset: v2', 'subset: v3');
    const out = fixed(broken, 'IST0101');
    expect(analyzeYaml(out).filter((m) => m.code === 'IST0101')).toEqual([]);
    expect(out.replace(/  - name: v3\n    labels:\n      app: httpping-without-sidecar\n      version: v3\n/, '')).toBe(broken);
    expect(parseAllDocuments(out).every((d) => d.errors.length === 0)).toBe(true);
  });

  it('adds mesh to the gateway-only VirtualService (ITP0402 gone) and turns on injection (IST0102 gone)', () => {
    expect(analyzeYaml(fixed(gatewayOnlyYaml, 'ITP0402')).some((m) => m.code === 'ITP0402')).toBe(false);
    expect(analyzeYaml(fixed(seedYaml, 'IST0102')).some((m) => m.code === 'IST0102')).toBe(false);
  });

  it('turns on the sidecar of a client without one (ITP0401 gone)', () => {
    const noSidecar = seedYaml.replace('sidecar.istio.io/inject: "true"', 'sidecar.istio.io/inject: "false"');
    expect(analyzeYaml(fixed(noSidecar, 'ITP0401')).some((m) => m.code === 'ITP0401')).toBe(false);
  });

  it('removes an unreachable rule (IST0130 gone)', () => {
    const shadowed = seedYaml.replace(
      '  http:\n  - match:',
      '  http:\n  - route:\n    - destination:\n        host: httpping-without-sidecar\n        subset: v1\n  - match:',
    );
    expect(analyzeYaml(shadowed).some((m) => m.code === 'IST0130')).toBe(true);
    expect(analyzeYaml(fixed(shadowed, 'IST0130')).some((m) => m.code === 'IST0130')).toBe(false);
  });

  it('fully qualifies a short host read in the wrong namespace (IST0174 gone)', () => {
    const moved = seedYaml.replace('  name: httpping-without-sidecar-destination', '  name: httpping-without-sidecar-destination').replace(
      'kind: DestinationRule\nmetadata:\n  namespace: infra-jinsu-lab',
      'kind: DestinationRule\nmetadata:\n  namespace: default',
    );
    expect(analyzeYaml(moved).some((m) => m.code === 'IST0174')).toBe(true);
    expect(analyzeYaml(fixed(moved, 'IST0174')).some((m) => m.code === 'IST0174')).toBe(false);
  });
});
