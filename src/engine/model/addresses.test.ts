import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignClusterIps, clusterIpFor } from './clusterIp.ts';
import { assignByKey } from './ipv4.ts';
import { deploymentPodNames } from './podNames.ts';
import { assignPodIps, podIpFor } from './podIp.ts';

const octets = (ip: string) => ip.split('.').map(Number);

describe('pod and Service addresses', () => {
  it('puts pod IPs in 10/8, outside the Service range, never on .0 or .255', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (ns, name) => {
        const [a, b, , d] = octets(podIpFor(ns, name));
        expect(a).toBe(10);
        expect(b >= 96 && b <= 111).toBe(false);
        expect(d >= 1 && d <= 254).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('puts ClusterIPs in 10.96.0.0/12', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (ns, name) => {
        const [a, b, , d] = octets(clusterIpFor(ns, name));
        expect(a).toBe(10);
        expect(b >= 96 && b <= 111).toBe(true);
        expect(d >= 1 && d <= 254).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('derives a pod IP from namespace and name only', () => {
    const one = assignPodIps([{ namespace: 'a', name: 'p' }]);
    const many = assignPodIps([
      { namespace: 'z', name: 'q' },
      { namespace: 'a', name: 'x' },
      { namespace: 'a', name: 'p' },
    ]);
    expect(many[2]).toBe(one[0]);
    expect(one[0]).toBe(podIpFor('a', 'p'));
  });

  it('resolves collisions the same way whatever the input order', () => {
    // Force every key onto one address on the first attempt.
    const addressFor = (key: string, attempt: number) => (attempt === 0 ? '10.0.0.1' : `10.0.0.${1 + attempt}`);
    const ab = assignByKey(['b', 'a'], new Set(), addressFor);
    const ba = assignByKey(['a', 'b'], new Set(), addressFor);
    expect([...ab.entries()].sort()).toEqual([...ba.entries()].sort());
    expect(ab.get('a')).toBe('10.0.0.1');
    expect(ab.get('b')).toBe('10.0.0.2');
  });

  it('gives 5,000 pods distinct IPs', () => {
    const pods = Array.from({ length: 5000 }, (_, i) => ({ namespace: `ns${i % 13}`, name: `pod-${i}` }));
    expect(new Set(assignPodIps(pods)).size).toBe(5000);
  });

  it('keeps fixed addresses and avoids them for others', () => {
    const auto = podIpFor('a', 'p');
    const ips = assignPodIps([
      { namespace: 'x', name: 'fixed', fixedIp: auto },
      { namespace: 'a', name: 'p' },
    ]);
    expect(ips[0]).toBe(auto);
    expect(ips[1]).not.toBe(auto);
    expect(assignClusterIps([{ namespace: 'a', name: 's', fixedIp: '10.96.0.99' }])).toEqual(['10.96.0.99']);
  });

  it('never hands out the kubernetes and kube-dns ClusterIPs', () => {
    const ips = assignClusterIps(Array.from({ length: 2000 }, (_, i) => ({ namespace: 'n', name: `s${i}` })));
    expect(ips).not.toContain('10.96.0.1');
    expect(ips).not.toContain('10.96.0.10');
    expect(new Set(ips).size).toBe(2000);
  });
});

describe('deploymentPodNames', () => {
  it('is stable and unique', () => {
    const names = deploymentPodNames('shop', 'web', 500);
    expect(new Set(names).size).toBe(500);
    expect(deploymentPodNames('shop', 'web', 3)).toEqual(names.slice(0, 3));
    expect(deploymentPodNames('other', 'web', 1)[0]).not.toBe(names[0]);
  });
});
