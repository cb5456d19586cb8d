import { describe, expect, it } from 'vitest';
import { expandHost, hostWithoutPort, serviceHostAliases } from './hostnames.ts';

describe('expandHost (rule 4)', () => {
  it('expands short names relative to the resource namespace and keeps dotted names literally', () => {
    expect(expandHost('reviews', 'prod')).toBe('reviews.prod.svc.cluster.local');
    expect(expandHost('reviews.prod', 'other')).toBe('reviews.prod');
    expect(expandHost('reviews.prod.svc.cluster.local', 'other')).toBe('reviews.prod.svc.cluster.local');
    expect(expandHost('*', 'prod')).toBe('*');
    expect(expandHost('*.example.com', 'prod')).toBe('*.example.com');
  });
});

describe('serviceHostAliases (rule 2)', () => {
  const svc = { name: 'web', namespace: 'shop', clusterIP: '10.96.1.2' };
  it('lists the bare name only for clients in the same namespace', () => {
    expect(serviceHostAliases(svc, 'shop')).toEqual([
      'web.shop.svc.cluster.local',
      'web.shop.svc',
      'web.shop',
      '10.96.1.2',
      'web',
    ]);
    expect(serviceHostAliases(svc, 'other')).not.toContain('web');
  });
  it('has no IP domain for a headless Service', () => {
    expect(serviceHostAliases({ ...svc, clusterIP: 'None' })).toEqual(['web.shop.svc.cluster.local', 'web.shop.svc', 'web.shop']);
  });
});

describe('hostWithoutPort', () => {
  it('drops the port and lower-cases', () => {
    expect(hostWithoutPort('Web.Shop:8080')).toBe('web.shop');
    expect(hostWithoutPort('web')).toBe('web');
    expect(hostWithoutPort('[::1]:80')).toBe('[::1]');
  });
});
