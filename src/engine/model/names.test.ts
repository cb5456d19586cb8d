import { describe, expect, it } from 'vitest';
import { isExportedTo, normalizeExportTo } from './exportTo.ts';
import { appliesToMesh, normalizeGatewayName, normalizeGateways } from './normalizeGateways.ts';

describe('normalizeGateways (rule 3)', () => {
  it('defaults to mesh and qualifies short names with the VirtualService namespace', () => {
    expect(normalizeGateways(undefined, 'prod')).toEqual(['mesh']);
    expect(normalizeGateways([], 'prod')).toEqual(['mesh']);
    expect(normalizeGateways(['mesh', 'gw', 'istio-system/ingress'], 'prod')).toEqual(['mesh', 'prod/gw', 'istio-system/ingress']);
    expect(normalizeGatewayName('gw.edge.svc.cluster.local', 'prod')).toBe('edge/gw');
  });
  it('tells whether sidecars are bound', () => {
    expect(appliesToMesh(normalizeGateways(undefined, 'p'))).toBe(true);
    expect(appliesToMesh(normalizeGateways(['gw'], 'p'))).toBe(false);
  });
});

describe('normalizeExportTo (rule 5)', () => {
  it("reads '.', '*' and '~'", () => {
    expect(normalizeExportTo(undefined, 'prod')).toEqual(['*']);
    expect(normalizeExportTo([], 'prod')).toEqual(['*']);
    expect(normalizeExportTo(['.', 'prod', 'dev'], 'prod')).toEqual(['prod', 'dev']);
    expect(normalizeExportTo(['~'], 'prod')).toEqual([]);
  });
  it('answers visibility for a namespace', () => {
    expect(isExportedTo(['*'], 'x')).toBe(true);
    expect(isExportedTo(['prod'], 'x')).toBe(false);
    expect(isExportedTo(['prod'], 'prod')).toBe(true);
  });
});
