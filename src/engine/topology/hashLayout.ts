/**
 * A consistent-hash cluster's table (Envoy's ring or Maglev table) as the load balancer builds
 * it, with the questions the Hash view asks of it: each endpoint's share of the hash space, the
 * table downsampled into coloured arcs, where a hash lands, and how much of the space changed
 * owner between two versions of the table. Tables come from the same cache the router uses
 * (route/lb/tableCache.ts), so a picture is of the very table that routes requests.
 */
import type { Cluster } from '../compile/types.ts';
import { pickMaglevHost, ringPointFor, u64Hi, u64Lo, type Maglev, type RingHash } from '../route/lb/index.ts';
import { sharedMaglevTable, sharedRingHash } from '../route/lb/tableCache.ts';

export type HashAlgorithm = 'RING_HASH' | 'MAGLEV';

export interface HashLayout {
  algorithm: HashAlgorithm;
  /** Endpoint host keys ('ip:port'), in the cluster's endpoint order: owner i = addresses[i]. */
  addresses: string[];
  ring?: RingHash;
  maglev?: Maglev;
}

/** An arc of the drawing: [start, end) as fractions of the space, owned by endpoint `owner`. */
export interface HashArc {
  start: number;
  end: number;
  owner: number;
}

/** Where a hash lands: its position (fraction of 2^64 on a ring, slot / M in a table) and owner. */
export interface HashLanding {
  position: number;
  /** Ring: index of the point it maps to. Maglev: the table slot (hash % M). */
  index: number;
  owner: number;
}

const TWO32 = 4294967296;
/** A 64-bit value given as 32-bit halves, as a fraction of 2^64 (double precision is plenty here). */
const fraction = (hi: number, lo: number) => (hi + lo / TWO32) / TWO32;

/** The layout of a RING_HASH or MAGLEV cluster; undefined for other policies. */
export function hashLayoutOf(cluster: Cluster): HashLayout | undefined {
  const kind = cluster.policy.kind;
  if (kind !== 'RING_HASH' && kind !== 'MAGLEV') return undefined;
  const addresses = cluster.endpoints.map((e) => e.address);
  const hosts = addresses.map((key) => ({ key, weight: 1 })); // as route/pickEndpoint.ts builds them
  return kind === 'RING_HASH'
    ? { algorithm: kind, addresses, ring: sharedRingHash(hosts, cluster.policy.ringSize) }
    : { algorithm: kind, addresses, maglev: sharedMaglevTable(hosts, cluster.policy.tableSize) };
}

/** Ring points, or Maglev slots. */
export function layoutSize(l: HashLayout): number {
  return l.ring ? l.ring.hi.length : l.maglev!.tableSize;
}

/**
 * Each endpoint's share of the hash space. Ring: point i owns the arc (point i-1, point i], the
 * first point also the wrap-around arc past the last one. Maglev: its slots / M.
 */
export function hashShares(l: HashLayout): number[] {
  const shares = new Array<number>(l.addresses.length).fill(0);
  if (l.maglev) {
    const M = l.maglev.tableSize;
    l.maglev.entriesPerHost.forEach((n, i) => { shares[i] = n / M; });
    return shares;
  }
  const { hi, lo, hostIndex } = l.ring!;
  const n = hi.length;
  if (n === 0) return shares;
  let prev = fraction(hi[n - 1], lo[n - 1]) - 1; // the wrap-around arc, measured from below 0
  for (let i = 0; i < n; i++) {
    const p = fraction(hi[i], lo[i]);
    shares[hostIndex[i]] += p - prev;
    prev = p;
  }
  return shares;
}

/**
 * The table as arcs over [0, 1): neighbouring positions with the same owner merged. When that
 * still leaves more than `maxArcs`, the space is cut into `maxArcs` equal bins, each given to
 * the owner of most of it (then merged again): a picture, not the table.
 */
export function hashArcs(l: HashLayout, maxArcs = 2048): HashArc[] {
  const fine = fineArcs(l);
  if (fine.length <= maxArcs) return fine;
  const bins: HashArc[] = [];
  const weight = new Map<number, number>();
  let k = 0;
  for (let b = 0; b < maxArcs; b++) {
    const start = b / maxArcs;
    const end = (b + 1) / maxArcs;
    weight.clear();
    while (k < fine.length && fine[k].end <= start) k++;
    for (let j = k; j < fine.length && fine[j].start < end; j++) {
      const w = Math.min(end, fine[j].end) - Math.max(start, fine[j].start);
      weight.set(fine[j].owner, (weight.get(fine[j].owner) ?? 0) + w);
    }
    let owner = -1;
    let best = -1;
    for (const [o, w] of weight) if (w > best) [owner, best] = [o, w];
    pushMerged(bins, { start, end, owner });
  }
  return bins;
}

function fineArcs(l: HashLayout): HashArc[] {
  const arcs: HashArc[] = [];
  if (l.maglev) {
    const { table, tableSize: M } = l.maglev;
    for (let s = 0; s < M; s++) pushMerged(arcs, { start: s / M, end: (s + 1) / M, owner: table[s] });
    return arcs;
  }
  const { hi, lo, hostIndex } = l.ring!;
  const n = hi.length;
  let start = 0;
  for (let i = 0; i < n; i++) {
    const end = fraction(hi[i], lo[i]);
    pushMerged(arcs, { start, end, owner: hostIndex[i] });
    start = end;
  }
  if (n > 0) pushMerged(arcs, { start, end: 1, owner: hostIndex[0] }); // past the last point: wraps to point 0
  return arcs;
}

function pushMerged(arcs: HashArc[], arc: HashArc): void {
  const last = arcs[arcs.length - 1];
  if (last && last.owner === arc.owner && last.end >= arc.start) last.end = arc.end;
  else if (arc.end > arc.start || arcs.length === 0) arcs.push(arc);
}

/** Where a request hash lands; owner -1 when the table is empty. */
export function landHash(l: HashLayout, hash: bigint): HashLanding {
  if (l.maglev) {
    const M = l.maglev.tableSize;
    const slot = Number(hash % BigInt(M));
    return { position: slot / M, index: slot, owner: pickMaglevHost(l.maglev, hash) };
  }
  const ring = l.ring!;
  const index = ringPointFor(ring, hash);
  return { position: fraction(u64Hi(hash), u64Lo(hash)), index, owner: index < 0 ? -1 : ring.hostIndex[index] };
}

/**
 * The fraction of the hash space whose owner (by address) differs between two layouts of the
 * same algorithm: the share of all possible keys that would move. Ring positions are compared
 * exactly, by merging both point lists; Maglev slots one by one (the same M on both sides).
 */
export function movedSpaceFraction(before: HashLayout, after: HashLayout): number {
  if (before.algorithm !== after.algorithm) return 1;
  if (before.maglev && after.maglev) {
    const a = before.maglev;
    const b = after.maglev;
    if (a.tableSize !== b.tableSize) return 1;
    let moved = 0;
    for (let s = 0; s < a.tableSize; s++) {
      const x = a.table[s];
      const y = b.table[s];
      if ((x < 0 ? '' : before.addresses[x]) !== (y < 0 ? '' : after.addresses[y])) moved++;
    }
    return moved / a.tableSize;
  }
  return ringMoved(before, after);
}

/** Walks the union of both rings' points; between two consecutive cuts each ring has one owner. */
function ringMoved(before: HashLayout, after: HashLayout): number {
  const a = before.ring!;
  const b = after.ring!;
  if (a.hi.length === 0 || b.hi.length === 0) return a.hi.length === b.hi.length ? 0 : 1;
  const ownerA = (i: number) => before.addresses[a.hostIndex[i % a.hi.length]];
  const ownerB = (j: number) => after.addresses[b.hostIndex[j % b.hi.length]];
  const less = (h1: number, l1: number, h2: number, l2: number) => h1 < h2 || (h1 === h2 && l1 < l2);
  // i, j: the next point of each ring at or after the current position (the owner of the stretch).
  let i = 0;
  let j = 0;
  let pos = 0;
  let moved = 0;
  while (i < a.hi.length || j < b.hi.length) {
    const takeA = j >= b.hi.length || (i < a.hi.length && !less(b.hi[j], b.lo[j], a.hi[i], a.lo[i]));
    const cut = takeA ? fraction(a.hi[i], a.lo[i]) : fraction(b.hi[j], b.lo[j]);
    if (ownerA(i) !== ownerB(j)) moved += cut - pos;
    pos = cut;
    if (takeA) i++;
    else j++;
  }
  if (ownerA(0) !== ownerB(0)) moved += 1 - pos; // past both last points: both wrap to point 0
  return moved;
}
