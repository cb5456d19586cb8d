import type { Pod } from '../model/mesh.ts';
import type { HttpRequest } from '../model/request.ts';
import { parseDurationMs } from '../compile/parseDuration.ts';
import type { Cluster, HashPolicy } from '../compile/types.ts';
import { sharedMaglevTable, sharedRingHash } from './lb/tableCache.ts';
import {
  cookieHashKey, createLeastRequestPicker, createRandomPicker, createRoundRobinPicker,
  hashHeaderValues, hashQueryParameter, hashSourceIp, pickMaglevHost, pickRingHashHost, u64ToHex,
  type Maglev, type RingHash, type Rng,
} from './lb/index.ts';
import type { TraceSink } from './trace.ts';

/** Per-cluster load-balancer state, created on the cluster's first pick. */
interface LbState {
  /** The rng of the current call: pickers draw through it, so a simulation's seed drives them. */
  rng: Rng;
  simple?: { pick(): number };
  ring?: RingHash;
  maglev?: Maglev;
  /** Hash key value -> host index: a key's host never changes while the cluster is unchanged. */
  memo: Map<string, number>;
  /**
   * The same memo for the common case, header hash policies only and one value of each header
   * in the request: the route's policy list -> a trie with one level per policy, keyed by that
   * header's value, ending in the finished pick. A repeated key costs a few map reads (no
   * hashing, no label strings, no allocation).
   */
  headerPicks?: Map<readonly HashPolicy[], PickTrie>;
}

type PickTrie = Map<string, PickTrie | EndpointPick>;

/** Entries per memo; beyond this, keys are still hashed correctly, just not remembered. */
const MAX_MEMO = 100_000;

function stateOf(cluster: Cluster, rng: Rng): LbState {
  let s = cluster.lb as LbState | undefined;
  if (!s) {
    const state: LbState = { rng, memo: new Map() };
    const proxy: Rng = {
      nextU32: () => state.rng.nextU32(),
      nextFloat: () => state.rng.nextFloat(),
      nextInt: (n) => state.rng.nextInt(n),
      nextU53: () => state.rng.nextU53(),
      fork: (l) => state.rng.fork(l),
    };
    const n = cluster.endpoints.length;
    const hosts = cluster.endpoints.map((e) => ({ key: e.address, weight: 1 }));
    switch (cluster.policy.kind) {
      case 'ROUND_ROBIN': state.simple = createRoundRobinPicker(n, proxy); break;
      case 'RANDOM': case 'PASSTHROUGH': state.simple = createRandomPicker(n, proxy); break;
      case 'RING_HASH': state.ring = sharedRingHash(hosts, cluster.policy.ringSize); break;
      case 'MAGLEV': state.maglev = sharedMaglevTable(hosts, cluster.policy.tableSize); break;
      default: state.simple = createLeastRequestPicker(n, proxy);
    }
    cluster.lb = s = state;
  }
  s.rng = rng;
  return s;
}

export interface EndpointPick {
  readonly index: number;
  /** 'foo: bar' for hash picks with a key. */
  readonly hashKey?: string;
}

/**
 * Rule 13: the cluster's load balancer picks an endpoint (a pod) for this request. A ring hash
 * or Maglev cluster hashes what the *route's* hash policies say (`hashPolicies`, from the
 * DestinationRules of the route's destinations, see compile/compileHashPolicy.ts).
 */
export function pickEndpoint(
  cluster: Cluster,
  req: HttpRequest,
  client: Pod,
  rng: Rng,
  hashPolicies: readonly HashPolicy[],
  trace?: TraceSink,
): EndpointPick {
  const s = stateOf(cluster, rng);
  const policy = cluster.policy;
  if (s.simple) {
    const index = s.simple.pick();
    trace?.add('loadBalancer', `${policy.label}${policy.kind === 'LEAST_REQUEST' ? ' (power of two choices; requests finish at once, so a uniform pick)' : ''}: ${cluster.endpoints[index].pod.name} (${index + 1} of ${cluster.endpoints.length})`, policy.ref);
    return { index };
  }
  // Fast path: header keys already seen on this cluster for this route (LbState.headerPicks).
  const byHeaders = hashPolicies.length > 0 && allHeaderPolicies(hashPolicies);
  if (byHeaders && !trace && s.headerPicks) {
    const known = findPick(s.headerPicks.get(hashPolicies), hashPolicies, req);
    if (known) return known;
  }
  const key = routeHashKey(hashPolicies, req, client, rng, trace);
  if (!key) {
    const h = BigInt(rng.nextU32()) * 4294967296n + BigInt(rng.nextU32());
    const index = pickByHash(s, h);
    trace?.add('loadBalancer', `${policy.label}: the request has no hash key, so Envoy hashes a random value: ${cluster.endpoints[index].pod.name}`, policy.ref);
    return { index };
  }
  let index = s.memo.get(key.memoKey);
  if (index === undefined) {
    index = pickByHash(s, key.hash);
    if (s.memo.size < MAX_MEMO) s.memo.set(key.memoKey, index);
  }
  if (trace) {
    const where = s.ring ? `first ring point at or after it (ring of ${s.ring.hashes.length} points)` : `table slot ${key.hash % BigInt(s.maglev!.tableSize)} of ${s.maglev!.tableSize}`;
    trace.add('loadBalancer', `${policy.label}: ${key.expr ?? `xxh64(${key.label})`} = ${key.hash} (0x${u64ToHex(key.hash)})${key.note ?? ''} -> ${where} -> ${cluster.endpoints[index].pod.name} ${cluster.endpoints[index].address}`, policy.ref);
  }
  const pick: EndpointPick = { index, hashKey: key.label };
  if (byHeaders) rememberPick(s, hashPolicies, req, pick);
  return pick;
}

const allHeaderPolicies = (policies: readonly HashPolicy[]) => policies.every((hp) => hp.type === 'header');

/** The remembered pick for these header values, when every header has exactly one value. */
function findPick(root: PickTrie | undefined, policies: readonly HashPolicy[], req: HttpRequest): EndpointPick | undefined {
  let node: PickTrie | EndpointPick | undefined = root;
  for (let i = 0; i < policies.length; i++) {
    const values = req.headers[policies[i].name!];
    if (!node || !values || values.length !== 1) return undefined;
    node = (node as PickTrie).get(values[0]);
  }
  return node as EndpointPick | undefined;
}

/** Remembers a pick for a request with exactly one value of each hashed header (at most MAX_MEMO per level). */
function rememberPick(s: LbState, policies: readonly HashPolicy[], req: HttpRequest, pick: EndpointPick): void {
  const values = policies.map((hp) => req.headers[hp.name!]);
  if (values.some((v) => !v || v.length !== 1)) return;
  s.headerPicks ??= new Map();
  let node = s.headerPicks.get(policies);
  if (!node) s.headerPicks.set(policies, (node = new Map()));
  for (let i = 0; i < values.length - 1; i++) {
    let next = node.get(values[i][0]) as PickTrie | undefined;
    if (!next) {
      if (node.size >= MAX_MEMO) return;
      node.set(values[i][0], (next = new Map()));
    }
    node = next;
  }
  if (node.size < MAX_MEMO) node.set(values[values.length - 1][0], pick);
}

function pickByHash(s: LbState, h: bigint): number {
  return s.ring ? pickRingHashHost(s.ring, h) : pickMaglevHost(s.maglev!, h);
}

interface HashKey {
  hash: bigint;
  label: string;
  memoKey: string;
  /** How the hash was computed, for the trace: 'xxh64(foo: bar)'. */
  expr?: string;
  note?: string;
}

const U64 = 0xffffffffffffffffn;

/**
 * The request's hash from the route's hash policies, as Envoy's HashPolicyImpl::generateHash
 * combines them (source/common/http/hash_policy.cc): for each policy that yields a value,
 * `hash = rotl(hash, 1) ^ value` (starting from 0). A VirtualService splitting between two
 * subsets of a hashing DestinationRule therefore hashes the same key twice.
 */
function routeHashKey(policies: readonly HashPolicy[], req: HttpRequest, client: Pod, rng: Rng, trace?: TraceSink): HashKey | undefined {
  if (policies.length === 1) return hashKeyOf(policies[0], req, client, rng, trace);
  let combined: HashKey | undefined;
  let count = 0;
  for (const hp of policies) {
    const k = hashKeyOf(hp, req, client, rng, trace);
    if (!k) continue;
    count++;
    if (!combined) combined = { ...k, expr: `xxh64(${k.label})` };
    else {
      const h = combined.hash;
      combined.hash = (((h << 1n) | (h >> 63n)) & U64) ^ k.hash;
      combined.memoKey += '|' + k.memoKey;
      combined.expr = `rotl(${combined.expr}, 1) ^ xxh64(${k.label})`;
      if (combined.label !== k.label) combined.label += `; ${k.label}`;
    }
  }
  if (combined && count > 1) combined.note = ` (the route has ${count} hash policies, one per hashing destination, combined as Envoy does)`;
  return combined;
}

function hashKeyOf(hp: HashPolicy | undefined, req: HttpRequest, client: Pod, rng: Rng, trace?: TraceSink): HashKey | undefined {
  if (!hp) return undefined;
  switch (hp.type) {
    case 'header': {
      const values = req.headers[hp.name!];
      const hash = values ? hashHeaderValues(values) : undefined;
      if (hash === undefined) return undefined;
      const label = `${hp.name}: ${values!.join(', ')}`;
      return { hash, label, memoKey: 'h' + label };
    }
    case 'cookie': {
      const ttl = hp.cookieTtl !== undefined ? Math.round((parseDurationMs(hp.cookieTtl) ?? 0) / 1000) : undefined;
      const cookieHeaders = Object.entries(req.cookies).map(([k, v]) => `${k}=${v}`);
      // curl opens a new connection per request from a new ephemeral port (Linux 32768-60999),
      // so a generated cookie differs every time.
      const conn = { remoteAddress: `${client.ip}:${32768 + rng.nextInt(28232)}`, localAddress: `${req.host}:${req.port}` };
      const k = cookieHashKey(cookieHeaders.length ? [cookieHeaders.join('; ')] : [], hp.name!, hp.cookiePath ?? '', ttl, conn);
      if (!k) return undefined;
      if (k.generated) {
        trace?.add('loadBalancer', `cookie ${hp.name} is absent: Envoy generates ${k.value} and answers Set-Cookie: ${k.setCookie}. Only a client that sends it back sticks to the pod.`);
        return { hash: k.hash, label: `${hp.name}=${k.value} (generated)`, memoKey: 'g' + k.value };
      }
      return { hash: k.hash, label: `cookie ${hp.name}=${k.value}`, memoKey: 'c' + k.value };
    }
    case 'sourceIp': {
      const hash = hashSourceIp(client.ip);
      return hash === undefined ? undefined : { hash, label: `source IP ${client.ip}`, memoKey: 's' + client.ip };
    }
    case 'queryParameter': {
      const path = req.query ? `${req.path}?${req.query}` : req.path;
      const hash = hashQueryParameter(path, hp.name!);
      if (hash === undefined) return undefined;
      const m = new RegExp(`(?:^|&)${hp.name!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}=([^&]*)`).exec(req.query);
      const label = `?${hp.name}=${m ? m[1] : ''}`;
      return { hash, label, memoKey: 'q' + label };
    }
  }
}
