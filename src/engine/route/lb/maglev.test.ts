import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildMaglevTable, pickMaglevHost, pickMaglevHostHalves, type MaglevHost } from './maglev.ts';

// Vectors from envoyproxy/envoy test/extensions/load_balancing_policies/maglev/
// maglev_lb_test.cc (@08417eb6); each `it` names the TEST_F it ports.
const MAX = (1n << 64n) - 1n;
const ports = (from: number, to: number, weights?: number[]): MaglevHost[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ key: `127.0.0.1:${from + i}`, weight: weights?.[i] ?? 1 }));
const six = ports(90, 95);
const minMax = (m: ReturnType<typeof buildMaglevTable>) =>
  [Math.min(...m.entriesPerHost), Math.max(...m.entriesPerHost)];

function expectAssignments(m: ReturnType<typeof buildMaglevTable>, expected: number[]) {
  expect(Array.from(m.table)).toEqual(expected);
  // Envoy checks hashes 0 .. 3*M-1, i.e. the table wraps by hash % M.
  for (let i = 0; i < 3 * expected.length; i++) expect(pickMaglevHost(m, BigInt(i))).toBe(expected[i % expected.length]);
}

describe('buildMaglevTable / pickMaglevHost (Envoy vectors)', () => {
  it('Basic: M = 7, hosts :90..:95', () => {
    const m = buildMaglevTable(six, 7);
    expect(minMax(m)).toEqual([1, 2]);
    expectAssignments(m, [2, 4, 0, 1, 5, 0, 3]);
  });

  it('BasicStability: the caller\'s host order does not change the table', () => {
    const shuffled = [3, 0, 5, 1, 4, 2];
    const m = buildMaglevTable(shuffled.map((i) => six[i]), 7);
    expect(Array.from(m.table, (i) => shuffled[i])).toEqual([2, 4, 0, 1, 5, 0, 3]);
  });

  it('BasicWithHostName (hash key = hostname "90".."95")', () => {
    const m = buildMaglevTable(six.map((_, i) => ({ key: `${90 + i}`, weight: 1 })), 7);
    expect(minMax(m)).toEqual([1, 2]);
    expectAssignments(m, [2, 5, 0, 3, 4, 1, 0]);
  });

  it('BasicWithRetryHostPredicate', () => {
    const m = buildMaglevTable(six, 7);
    expect(pickMaglevHost(m, 10n)).toBe(1); // slot 3
    expect(pickMaglevHost(m, 10n, 1)).toBe(0); // second attempt: a different host
    expect(pickMaglevHost(m, 10n, 2)).toBe(5); // exhausted retries: last checked host
  });

  it('Weighted: :90 weight 1, :91 weight 2, M = 17', () => {
    const m = buildMaglevTable(ports(90, 91, [1, 2]), 17);
    expect(minMax(m)).toEqual([6, 11]);
    expectAssignments(m, [1, 0, 0, 1, 0, 1, 1, 0, 1, 1, 1, 1, 1, 0, 1, 0, 1]);
  });

  it('LocalityWeightedSameLocalityWeights, emulated: normalized weights 1/2, 1/2', () => {
    const m = buildMaglevTable(ports(90, 91), 17);
    expect(minMax(m)).toEqual([8, 9]);
    expectAssignments(m, [1, 0, 0, 1, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 1, 0, 1]);
  });

  it('LocalityWeightedDifferentLocalityWeights, emulated: normalized 0.8 / 0.2 as host weights 4, 1', () => {
    // Envoy: localities weighted 8, 0, 2 hold :90 (w1), :92 (w3, dropped), :91 (w2).
    const m = buildMaglevTable(ports(90, 91, [4, 1]), 17);
    expect(minMax(m)).toEqual([4, 13]);
    expectAssignments(m, [1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0]);
  });

  it('LocalityWeightedLopsided, emulated: light hosts get one slot each, the heavy one the rest', () => {
    const hosts = Array.from({ length: 1024 }, (_, i) => ({ key: `127.0.0.1:${i}`, weight: i === 0 ? 127 * 1023 : 1 }));
    const m = buildMaglevTable(hosts);
    expect(minMax(m)).toEqual([1, 65537 - 1023]);
    const counts = new Array<number>(1024).fill(0);
    for (let i = 0; i < 65537; i++) counts[pickMaglevHost(m, BigInt(i))]++;
    expect(counts.slice(1).every((c) => c === 1)).toBe(true);
    expect(counts[0]).toBe(65537 - 1023);
  });

  it('SingleHost / WeightedSingleHost: every hash picks the only host', () => {
    // Newest Envoy builds a DegenerateMaglevTable for this (its stats then say 1 entry);
    // the picks are the same.
    const m = buildMaglevTable([{ key: '127.0.0.1:90', weight: 7 }], 17);
    for (let i = 0; i < 17; i++) expect(pickMaglevHost(m, BigInt(i))).toBe(0);
  });

  it('NoPrimeNumber', () => {
    expect(() => buildMaglevTable(six, 8)).toThrow('The table size of maglev must be prime number');
    expect(() => buildMaglevTable(six, 5000017)).toThrow(RangeError);
  });

  it('NoHost', () => {
    expect(pickMaglevHost(buildMaglevTable([], 7), 3n)).toBe(-1);
  });
});

describe('buildMaglevTable (properties)', () => {
  it('is a full table: every slot owned, equal hosts within one slot of each other', () => {
    const hosts = Array.from({ length: 7 }, (_, i) => ({ key: `10.1.0.${i}:80`, weight: 1 }));
    const m = buildMaglevTable(hosts);
    expect(m.table.includes(-1)).toBe(false);
    const [min, max] = minMax(m);
    expect(max - min).toBeLessThanOrEqual(1);
  });

  it('removing one of N hosts only moves the keys that were on it (plus few others)', () => {
    const hosts = Array.from({ length: 10 }, (_, i) => ({ key: `10.1.0.${i}:80`, weight: 1 }));
    const before = buildMaglevTable(hosts);
    const after = buildMaglevTable(hosts.slice(1));
    let moved = 0;
    for (let s = 0; s < before.tableSize; s++) {
      if (before.table[s] !== 0 && after.table[s] + 1 !== before.table[s]) moved++;
    }
    expect(moved / before.tableSize).toBeLessThan(0.02);
  });

  it('the halves lookup agrees with the bigint one (retries included)', () => {
    const m = buildMaglevTable(six, 65537);
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: MAX }), fc.integer({ min: 0, max: 5 }), (h, attempt) => {
        const mutated = attempt > 0 ? h ^ ((1n << 64n) - BigInt(attempt)) : h;
        expect(pickMaglevHost(m, h, attempt)).toBe(m.table[Number(mutated % 65537n)]);
        expect(pickMaglevHostHalves(m, Number(h >> 32n), Number(h & 0xffffffffn), attempt)).toBe(pickMaglevHost(m, h, attempt));
      }),
      { numRuns: 300 },
    );
  });
});
