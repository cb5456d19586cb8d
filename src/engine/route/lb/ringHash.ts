/**
 * Envoy's RING_HASH ("ketama") table and lookup, bit-exact: envoyproxy/envoy
 * source/extensions/load_balancing_policies/ring_hash/ring_hash_lb.cc @0d2acde2 (line numbers
 * counted by hand in that revision), Ring::Ring (L128-223) and Ring::chooseHost (L78-125), fed
 * by normalizeHostWeights in common/thread_aware_lb_impl.cc.
 */
import { utf8EncodeInto, utf8Length } from './utf8.ts';
import { xxh64Into } from './xxh64.ts';
import { u64Hi, u64Lo } from './u64.ts';

export interface RingHost {
  /** The host's hash key. Istio sets none, so Envoy uses the address "ip:port" ("[v6]:port"). */
  key: string;
  /** Endpoint load_balancing_weight, a positive integer (Istio: 1). */
  weight: number;
}

export interface RingHash {
  /** Ring points ascending. Equal hashes keep the order they were generated in (see below). */
  hashes: BigUint64Array;
  /** hostIndex[i]: index, in the caller's host list, of the host owning hashes[i]. */
  hostIndex: Int32Array;
  /** The same points as 32-bit halves, so lookups need no BigInt. */
  hi: Uint32Array;
  lo: Uint32Array;
  /** Points per host (caller's order); Envoy's min/max_hashes_per_host stats come from this. */
  pointsPerHost: Int32Array;
  /** Envoy's ring_hash_lb.size stat: ceil(scale). The point count can differ by rounding. */
  size: number;
  scale: number;
}

export const DEFAULT_MIN_RING_SIZE = 1024;
export const DEFAULT_MAX_RING_SIZE = 8388608;

export function buildRingHash(
  hosts: readonly RingHost[],
  minRingSize = DEFAULT_MIN_RING_SIZE,
  maxRingSize = DEFAULT_MAX_RING_SIZE,
): RingHash {
  // RingHashLoadBalancer's constructor (L68) rejects this config.
  if (minRingSize > maxRingSize) {
    throw new RangeError(`ring hash: minimum_ring_size (${minRingSize}) > maximum_ring_size (${maxRingSize})`);
  }
  const n = hosts.length;
  const pointsPerHost = new Int32Array(n);
  if (n === 0) return emptyRing(pointsPerHost);

  // normalizeHostWeights: weight / sum as doubles; min starts at 1.0 (refresh()).
  let sum = 0;
  for (const h of hosts) {
    if (!(h.weight > 0) || !Number.isFinite(h.weight)) throw new RangeError(`ring hash: host ${h.key} has weight ${h.weight}; weights must be positive`);
    sum += h.weight;
  }
  let minW = 1.0;
  for (const h of hosts) minW = Math.min(minW, h.weight / sum);

  // L145-147: scale so the lightest host gets a whole number of points, capped at max size.
  const scale = Math.min(Math.ceil(minW * minRingSize) / minW, maxRingSize);
  const size = Math.ceil(scale);

  // L171-208: hand out points by running sums (current_hashes / target_hashes, doubles), so
  // fractional shares carry over to the next host. Point i of a host is xxh64("<key>_<i>").
  const cap = size + n + 1; // the running sums can overshoot ceil(scale) by rounding only
  let his = new Uint32Array(cap);
  let los = new Uint32Array(cap);
  let owner = new Int32Array(cap);
  let count = 0;
  let current = 0.0;
  let target = 0.0;
  const out = new Uint32Array(2);
  let buf = new Uint8Array(64);
  for (let h = 0; h < n; h++) {
    const key = hosts[h].key;
    const need = utf8Length(key) + 1 + 20;
    if (buf.length < need) buf = new Uint8Array(need * 2);
    const prefixEnd = utf8EncodeInto(key, buf, 0);
    buf[prefixEnd] = 0x5f; // '_'
    target += scale * (hosts[h].weight / sum);
    let i = 0;
    while (current < target) {
      if (count === his.length) [his, los, owner] = [grow(his), grow(los), grow(owner)];
      const end = writeDecimal(buf, prefixEnd + 1, i);
      xxh64Into(buf, 0, end, 0, 0, out);
      his[count] = out[0];
      los[count] = out[1];
      owner[count] = h;
      count++;
      i++;
      current++;
    }
    pointsPerHost[h] = i;
  }

  // L210-212: std::sort by hash only. std::sort is not stable, so Envoy leaves the order of
  // equal hashes unspecified (and chooseHost returns the first of them). Equal 64-bit points
  // only arise from duplicate host keys; we break ties by generation order to stay deterministic.
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  order.sort((a, b) => his[a] - his[b] || los[a] - los[b] || a - b);

  const hashes = new BigUint64Array(count);
  const words = new Uint32Array(hashes.buffer); // platform-endian view, filled without BigInt
  const hiWord = LITTLE_ENDIAN ? 1 : 0;
  const hi = new Uint32Array(count);
  const lo = new Uint32Array(count);
  const hostIndex = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    const j = order[k];
    hi[k] = his[j];
    lo[k] = los[j];
    hostIndex[k] = owner[j];
    words[2 * k + hiWord] = his[j];
    words[2 * k + 1 - hiWord] = los[j];
  }
  return { hashes, hostIndex, hi, lo, pointsPerHost, size, scale };
}

/**
 * The host (index into the caller's list) for a request hash: the first point >= hash, wrapping
 * to the first point past the end; -1 for an empty ring. Envoy's ketama search (L87-115) returns
 * exactly that index. `attempt` > 0 models a retry host predicate: Envoy then moves
 * `(index + attempt) % ring size` points along the ring (L120-122).
 */
export function pickRingHashHost(ring: RingHash, hash: bigint, attempt = 0): number {
  return pickRingHashHostHalves(ring, u64Hi(hash), u64Lo(hash), attempt);
}

/** pickRingHashHost with the hash as (hi, lo) halves: no allocation, O(log points). */
export function pickRingHashHostHalves(ring: RingHash, hashHi: number, hashLo: number, attempt = 0): number {
  let idx = ringPointForHalves(ring, hashHi, hashLo);
  if (idx < 0) return -1;
  if (attempt > 0) idx = (idx + attempt) % ring.hi.length;
  return ring.hostIndex[idx];
}

/** Index of the ring point a hash lands on (for drawing the ring), -1 for an empty ring. */
export function ringPointFor(ring: RingHash, hash: bigint): number {
  return ringPointForHalves(ring, u64Hi(hash), u64Lo(hash));
}

/** Lower bound over (hi, lo) with wrap-around to point 0. */
function ringPointForHalves(ring: RingHash, hashHi: number, hashLo: number): number {
  const his = ring.hi;
  const los = ring.lo;
  const n = his.length;
  if (n === 0) return -1;
  let low = 0;
  let high = n;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const h = his[mid];
    if (h < hashHi || (h === hashHi && los[mid] < hashLo)) low = mid + 1;
    else high = mid;
  }
  return low === n ? 0 : low;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function emptyRing(pointsPerHost: Int32Array): RingHash {
  return {
    hashes: new BigUint64Array(0), hostIndex: new Int32Array(0), hi: new Uint32Array(0),
    lo: new Uint32Array(0), pointsPerHost, size: 0, scale: 0,
  };
}

function grow<T extends Uint32Array | Int32Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}

/** Writes i in decimal (absl::StrCat's form: no sign, no padding) and returns the end offset. */
function writeDecimal(buf: Uint8Array, at: number, i: number): number {
  if (i === 0) {
    buf[at] = 0x30;
    return at + 1;
  }
  let digits = 0;
  for (let v = i; v > 0; v = Math.floor(v / 10)) digits++;
  let p = at + digits;
  for (let v = i; v > 0; v = Math.floor(v / 10)) buf[--p] = 0x30 + (v % 10);
  return at + digits;
}
