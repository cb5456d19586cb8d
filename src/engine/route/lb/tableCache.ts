/**
 * Ring-hash and Maglev tables are pure functions of the hosts (keys, weights) and the table
 * size, and an edit rarely changes a cluster's endpoints. Tables are therefore shared, read-only,
 * between clusters (each client's view has its own Cluster objects) and across edits: building a
 * 65537-slot Maglev table costs about a millisecond, a lookup here microseconds.
 */
import { buildMaglevTable, type Maglev, type MaglevHost } from './maglev.ts';
import { buildRingHash, type RingHash, type RingHost } from './ringHash.ts';

/** Tables kept, least recently used evicted first (a Maglev table is 4 bytes x table size). */
const MAX_TABLES = 64;
const tables = new Map<string, RingHash | Maglev>();

function cached<T extends RingHash | Maglev>(key: string, build: () => T): T {
  const hit = tables.get(key) as T | undefined;
  if (hit) {
    tables.delete(key);
    tables.set(key, hit);
    return hit;
  }
  const made = build();
  tables.set(key, made);
  if (tables.size > MAX_TABLES) tables.delete(tables.keys().next().value!);
  return made;
}

const hostsKey = (hosts: readonly { key: string; weight: number }[]) => hosts.map((h) => `${h.key}*${h.weight}`).join(' ');

/** buildRingHash, shared: do not modify the result. */
export function sharedRingHash(hosts: readonly RingHost[], minRingSize?: number): RingHash {
  return cached(`r|${minRingSize}|${hostsKey(hosts)}`, () => buildRingHash(hosts, minRingSize));
}

/** buildMaglevTable, shared: do not modify the result. */
export function sharedMaglevTable(hosts: readonly MaglevHost[], tableSize?: number): Maglev {
  return cached(`m|${tableSize}|${hostsKey(hosts)}`, () => buildMaglevTable(hosts, tableSize));
}
