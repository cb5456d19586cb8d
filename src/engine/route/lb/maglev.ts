/**
 * Envoy's MAGLEV lookup table, bit-exact: envoyproxy/envoy
 * source/extensions/load_balancing_policies/maglev/maglev_lb.cc @a6b64f4b,
 * MaglevTable::constructMaglevTableInternal and OriginalMaglevTable::
 * constructImplementationInternals / chooseHost (CompactMaglevTable fills the same table, only
 * stored as bit-packed host indices). Maglev paper, pseudocode listing 1, weighted per Envoy.
 */
import { compareUtf8 } from './utf8.ts';
import { xxh64 } from './xxh64.ts';
import { u64Hi, u64Lo, u64ModSmall } from './u64.ts';

export interface MaglevHost {
  /** The host's hash key: "ip:port" for Istio (no hash_key metadata, no hostname hashing). */
  key: string;
  /** Endpoint load_balancing_weight, positive (Istio: 1). */
  weight: number;
}

export interface Maglev {
  /** table[slot] = index, in the caller's host list, of the slot's host; -1 only when empty. */
  table: Int32Array;
  tableSize: number;
  /** Slots per host (caller's order): Envoy's min/max_entries_per_host stats. */
  entriesPerHost: Int32Array;
}

/** MaglevTable::DefaultTableSize, section 5.3 of the paper. */
export const DEFAULT_MAGLEV_TABLE_SIZE = 65537;
/** The API bound on maglev table_size (maglev.proto: "must be prime number limited to 5000011"). */
export const MAX_MAGLEV_TABLE_SIZE = 5000011;

export function buildMaglevTable(hosts: readonly MaglevHost[], tableSize = DEFAULT_MAGLEV_TABLE_SIZE): Maglev {
  const M = tableSize;
  // MaglevLoadBalancer's constructor: "The table size of maglev must be prime number".
  if (!Number.isInteger(M) || M > MAX_MAGLEV_TABLE_SIZE || !isPrime(M)) {
    throw new RangeError(`The table size of maglev must be prime number (got ${M}, limit ${MAX_MAGLEV_TABLE_SIZE})`);
  }
  const n = hosts.length;
  const entriesPerHost = new Int32Array(n);
  const table = new Int32Array(M).fill(-1);
  if (n === 0) return { table, tableSize: M, entriesPerHost };

  // normalizeHostWeights (common/thread_aware_lb_impl.cc): weight / sum; max starts at 0.0.
  let sum = 0;
  for (const h of hosts) {
    if (!(h.weight > 0) || !Number.isFinite(h.weight)) throw new RangeError(`maglev: host ${h.key} has weight ${h.weight}; weights must be positive`);
    sum += h.weight;
  }
  let maxW = 0.0;
  for (const h of hosts) maxW = Math.max(maxW, h.weight / sum);

  // "Maglev requires stable order of table_build_entries": std::sort of (key, host ptr, weight)
  // tuples, i.e. by key bytes. Equal keys would fall back to comparing host pointers (an
  // arbitrary order); we break such ties by the caller's order instead.
  const order = hosts.map((_, i) => i);
  order.sort((a, b) => compareUtf8(hosts[a].key, hosts[b].key) || a - b);

  // offset = xxh64(key) % M, skip = xxh64(key, seed 1) % (M - 1) + 1.
  const bigM = BigInt(M);
  const bigM1 = BigInt(M - 1);
  const offset = new Float64Array(n);
  const skip = new Float64Array(n);
  const weight = new Float64Array(n);
  const targetWeight = new Float64Array(n); // TableBuildEntry::target_weight_{} = 0.0
  // The entry's current candidate slot, (offset + skip * next) % M, kept incrementally:
  // next + 1 moves it by skip (mod M), so no multiplication or floating-point modulo is needed.
  const slot = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const host = hosts[order[k]];
    offset[k] = Number(xxh64(host.key) % bigM);
    skip[k] = Number(xxh64(host.key, 1n) % bigM1) + 1;
    weight[k] = host.weight / sum;
    slot[k] = offset[k];
  }

  // OriginalMaglevTable::constructImplementationInternals: sweep the sorted entries in turns;
  // an entry takes a slot in turn `iteration` unless iteration * weight < target_weight, and
  // each slot taken raises its target by maxW, so a host of weight maxW/3 takes every 3rd turn.
  // Its candidate slots are offset + skip * next (mod M), skipping occupied ones; `slot` holds
  // that value for the entry's current `next` (M <= 5000011, so every sum fits an int32).
  let filled = 0;
  for (let iteration = 1; filled < M; iteration++) {
    for (let k = 0; k < n && filled < M; k++) {
      if (iteration * weight[k] < targetWeight[k]) continue;
      targetWeight[k] += maxW;
      const step = skip[k];
      let c = slot[k];
      while (table[c] !== -1) {
        c += step;
        if (c >= M) c -= M;
      }
      table[c] = order[k];
      c += step;
      slot[k] = c >= M ? c - M : c;
      entriesPerHost[order[k]]++;
      filled++;
    }
  }
  return { table, tableSize: M, entriesPerHost };
}

/**
 * The host (caller's index) for a request hash: table[hash % M]; -1 for an empty table.
 * `attempt` > 0 models a retry host predicate: Envoy XORs the hash with `~0ULL - attempt + 1`
 * before the lookup (OriginalMaglevTable::chooseHost).
 */
export function pickMaglevHost(m: Maglev, hash: bigint, attempt = 0): number {
  return pickMaglevHostHalves(m, u64Hi(hash), u64Lo(hash), attempt);
}

/** pickMaglevHost with the hash as (hi, lo) halves: no allocation. */
export function pickMaglevHostHalves(m: Maglev, hashHi: number, hashLo: number, attempt = 0): number {
  let hi = hashHi;
  let lo = hashLo;
  if (attempt > 0) {
    // ~0 - attempt + 1 = 2^64 - attempt; attempt is a uint32, so the high half is all ones.
    lo = (lo ^ ((4294967296 - attempt) >>> 0)) >>> 0;
    hi = (hi ^ 0xffffffff) >>> 0;
  }
  return m.table[u64ModSmall(hi, lo, m.tableSize)];
}

export function isPrime(x: number): boolean {
  if (x < 2) return false;
  if (x % 2 === 0) return x === 2;
  for (let d = 3; d * d <= x; d += 2) if (x % d === 0) return false;
  return true;
}
