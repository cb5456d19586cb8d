import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildRingHash, pickRingHashHost, ringPointFor, type RingHost } from './ringHash.ts';
import { xxh64 } from './xxh64.ts';

// Vectors from envoyproxy/envoy test/extensions/load_balancing_policies/ring_hash/
// ring_hash_lb_test.cc (@13e9fdb2); each `it` names the TEST_P it ports.
const MAX = (1n << 64n) - 1n;
const ports = (from: number, to: number, weights?: number[]): RingHost[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ key: `127.0.0.1:${from + i}`, weight: weights?.[i] ?? 1 }));
const six = ports(90, 95);

function stats(ring: ReturnType<typeof buildRingHash>) {
  const p = Array.from(ring.pointsPerHost);
  return { size: ring.size, min: Math.min(...p), max: Math.max(...p) };
}

describe('buildRingHash / pickRingHashHost (Envoy vectors)', () => {
  it('Basic', () => {
    const ring = buildRingHash(six, 12);
    expect(stats(ring)).toEqual({ size: 12, min: 2, max: 2 });
    expect(Array.from(ring.hashes)).toEqual([
      833437586790550860n, 928266305478181108n, 1033482794131418490n, 3551244743356806947n,
      3851675632748031481n, 5583722120771150861n, 6311230543546372928n, 7700377290971790572n,
      13144177310400110813n, 13444792449719432967n, 15516499411664133160n, 16117243373044804889n,
    ]);
    expect(Array.from(ring.hostIndex)).toEqual([4, 2, 0, 5, 3, 1, 1, 3, 5, 2, 4, 0]);
    expect(pickRingHashHost(ring, 0n)).toBe(4);
    expect(pickRingHashHost(ring, MAX)).toBe(4);
    expect(pickRingHashHost(ring, 3551244743356806947n)).toBe(5);
    expect(pickRingHashHost(ring, 3551244743356806948n)).toBe(3);
    expect(pickRingHashHost(ring, 16117243373044804880n)).toBe(0); // the mocked random()
  });

  it('BasicWithRetryHostPredicate', () => {
    const ring = buildRingHash(six, 12);
    expect(pickRingHashHost(ring, 0n, 0)).toBe(4);
    expect(pickRingHashHost(ring, 0n, 1)).toBe(2); // second attempt: next point on the ring
    expect(pickRingHashHost(ring, 0n, 2)).toBe(0); // exhausted retries: last checked host
    expect(pickRingHashHost(ring, 0n, 13)).toBe(2); // retries wrap around the ring
  });

  it('BasicWithHostname (hash key = hostname "90".."95")', () => {
    const ring = buildRingHash(six.map((h, i) => ({ key: `${90 + i}`, weight: 1 })), 12);
    expect(Array.from(ring.hashes)).toEqual([
      1975508444536362413n, 2376063919839173711n, 2386806903309390596n, 6749904478991551885n,
      6803900775736438537n, 7225015537174310577n, 8787465352164086522n, 11282020843382717940n,
      13723418369486627818n, 13776502110861797421n, 14338313586354474791n, 15364271037087512980n,
    ]);
    expect(Array.from(ring.hostIndex)).toEqual([5, 5, 3, 4, 3, 2, 0, 2, 1, 0, 1, 4]);
    expect(pickRingHashHost(ring, 0n)).toBe(5);
    expect(pickRingHashHost(ring, MAX)).toBe(5);
    expect(pickRingHashHost(ring, 7225015537174310577n)).toBe(2);
    expect(pickRingHashHost(ring, 6803900775736438537n)).toBe(3);
  });

  it('UnevenHosts: 2 hosts, minimum ring 3 -> 2 points each, ring of 4', () => {
    const a = buildRingHash(ports(80, 81), 3);
    expect(stats(a)).toEqual({ size: 4, min: 2, max: 2 });
    expect(Array.from(a.hashes)).toEqual([5454692015285649509n, 7859399908942313493n, 13838424394637650569n, 16064866803292627174n]);
    expect(Array.from(a.hostIndex)).toEqual([0, 1, 0, 1]);
    expect(pickRingHashHost(a, 0n)).toBe(0);
    const b = buildRingHash(ports(81, 82), 3);
    expect(Array.from(b.hashes)).toEqual([7859399908942313493n, 8241336090459785962n, 12882406409176325258n, 16064866803292627174n]);
    expect(Array.from(b.hostIndex)).toEqual([0, 1, 1, 0]);
    expect(pickRingHashHost(b, 0n)).toBe(0);
  });

  it('HostWeightedTinyRing (and LocalityWeightedTinyRing, same normalized weights)', () => {
    const ring = buildRingHash(ports(90, 92, [1, 2, 3]), 6, 6);
    expect(stats(ring)).toEqual({ size: 6, min: 1, max: 3 });
    const expected: [bigint, number][] = [
      [928266305478181108n, 2], [4443673547860492590n, 2], [5583722120771150861n, 1],
      [6311230543546372928n, 1], [13444792449719432967n, 2], [16117243373044804889n, 0],
    ];
    for (const [h, host] of expected) expect(pickRingHashHost(ring, h)).toBe(host);
  });

  it('HostWeightedLargeRing: weights 1:2:3, ring 6144', () => {
    const ring = buildRingHash(ports(90, 92, [1, 2, 3]), 6144);
    expect(stats(ring)).toEqual({ size: 6144, min: 1024, max: 3072 });
    expect(sweep(ring, 6000, 3)).toEqual([987, 1932, 3081]);
  });

  it('HostAndLocalityWeightedTinyRing, emulated with host weights 1,2,2,4 (ring 9)', () => {
    const ring = buildRingHash(ports(90, 93, [1, 2, 2, 4]), 9, 9);
    expect(stats(ring)).toEqual({ size: 9, min: 1, max: 4 });
    const expected: [bigint, number][] = [
      [928266305478181108n, 2], [3851675632748031481n, 3], [5583722120771150861n, 1],
      [6311230543546372928n, 1], [7700377290971790572n, 3], [12559126875973811811n, 3],
      [13444792449719432967n, 2], [13784988426630141778n, 3], [16117243373044804889n, 0],
    ];
    for (const [h, host] of expected) expect(pickRingHashHost(ring, h)).toBe(host);
  });

  it('HostAndLocalityWeightedLargeRing, emulated with host weights 1,2,2,4 (ring 9216)', () => {
    const ring = buildRingHash(ports(90, 93, [1, 2, 2, 4]), 9216);
    expect(stats(ring)).toEqual({ size: 9216, min: 1024, max: 4096 });
    expect(sweep(ring, 9000, 4)).toEqual([924, 2009, 2053, 4014]);
  });

  it('SmallFractionalScale: 4 hosts on a ring of 2 -> two hosts get nothing', () => {
    const ring = buildRingHash(ports(90, 93), 2, 2);
    expect(stats(ring)).toEqual({ size: 2, min: 0, max: 1 });
    const counts = sweep(ring, 1024, 4);
    expect(counts.filter((c) => c === 0)).toHaveLength(2);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1024);
  });

  it('LargeFractionalScale: 2 hosts on a ring of 1023 -> 511 and 512 points', () => {
    const ring = buildRingHash(ports(90, 91), 1023, 1023);
    expect(stats(ring)).toEqual({ size: 1023, min: 511, max: 512 });
    expect(sweep(ring, 1023, 2)).toEqual([526, 497]);
  });

  it('LopsidedWeightSmallScale, emulated: locality weights 127:1 as host weights 127*1023 and 1', () => {
    // Envoy: host 0 alone in a locality of weight 127, hosts 1..1023 in one of weight 1. Its
    // normalized weights (127/128 and (1/128)/1023) are bit-identical to these host weights'.
    const hosts = Array.from({ length: 1024 }, (_, i) => ({ key: `127.0.0.1:${i}`, weight: i === 0 ? 127 * 1023 : 1 }));
    const ring = buildRingHash(hosts, 1024, 1024);
    expect(stats(ring)).toEqual({ size: 1024, min: 0, max: 1016 });
    const expected: [bigint, number][] = [
      [11664790346325243808n, 1], [15894554872961148518n, 128], [13958138884277627155n, 256],
      [15803774069438192949n, 384], [3829253010855396576n, 512], [17918147347826565154n, 640],
      [6442769608292299103n, 768], [5881074926069334434n, 896],
    ];
    for (const [h, host] of expected) expect(pickRingHashHost(ring, h)).toBe(host);
  });

  it('BadRingSizeBounds', () => {
    expect(() => buildRingHash(six, 20, 10)).toThrow('ring hash: minimum_ring_size (20) > maximum_ring_size (10)');
  });
});

describe('buildRingHash / pickRingHashHost (properties)', () => {
  it('Istio default: N equal hosts get ceil(1024/N) points each, point i = xxh64("<key>_<i>")', () => {
    const hosts = ports(1, 3).map((h) => ({ ...h, key: `10.0.0.${h.key.split(':')[1]}:8080` }));
    const ring = buildRingHash(hosts);
    expect(Array.from(ring.pointsPerHost)).toEqual([342, 342, 342]);
    const all = hosts.flatMap((h) => Array.from({ length: 342 }, (_, i) => xxh64(`${h.key}_${i}`)));
    expect(Array.from(ring.hashes)).toEqual(all.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('picks the first point >= hash, wrapping to the first point', () => {
    const ring = buildRingHash(ports(90, 94), 40);
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: MAX }), (h) => {
        let idx = Array.from(ring.hashes).findIndex((p) => p >= h);
        if (idx < 0) idx = 0;
        expect(ringPointFor(ring, h)).toBe(idx);
        expect(pickRingHashHost(ring, h)).toBe(ring.hostIndex[idx]);
      }),
      { numRuns: 300 },
    );
    for (const p of ring.hashes) expect(ringPointFor(ring, p)).toBe(Array.from(ring.hashes).indexOf(p));
  });

  it('an empty host list gives an empty ring that picks -1; weights must be positive', () => {
    const ring = buildRingHash([]);
    expect(ring.hashes.length).toBe(0);
    expect(pickRingHashHost(ring, 5n)).toBe(-1);
    expect(() => buildRingHash([{ key: 'a', weight: 0 }])).toThrow(RangeError);
  });

  it('duplicate keys (equal points) keep generation order, deterministically', () => {
    const ring = buildRingHash([{ key: 'same', weight: 1 }, { key: 'same', weight: 1 }], 4);
    for (let i = 0; i < ring.hashes.length; i += 2) {
      expect(ring.hashes[i]).toBe(ring.hashes[i + 1]);
      expect([ring.hostIndex[i], ring.hostIndex[i + 1]]).toEqual([0, 1]);
    }
  });
});

/** Envoy's sweep: hash i * (UINT64_MAX / n) for i < n, counted per host. */
function sweep(ring: ReturnType<typeof buildRingHash>, n: number, hosts: number): number[] {
  const counts = new Array<number>(hosts).fill(0);
  const step = MAX / BigInt(n);
  for (let i = 0; i < n; i++) counts[pickRingHashHost(ring, BigInt(i) * step)]++;
  return counts;
}
