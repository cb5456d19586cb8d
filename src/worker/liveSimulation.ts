/**
 * The live run of one loaded scenario: a simulated clock that emits the Traffic objects'
 * requests at their rates (request i at i / totalRate seconds), routes every one of them,
 * accumulates LiveStats, samples dots, and remembers the last request of each path so its
 * trace can be replayed. Pure and synchronous: the worker drives `advance()` from a timer,
 * tests drive it directly. Same seed -> same request sequence -> same numbers.
 */
import type { LoadedScenario } from '../engine/loadScenario.ts';
import { createRng } from '../engine/route/lb/index.ts';
import type { Pod } from '../engine/model/mesh.ts';
import type { HttpRequest } from '../engine/model/request.ts';
import { routeRequest } from '../engine/route/routeRequest.ts';
import { clientId } from '../engine/topology/ids.ts';
import type { Topology } from '../engine/topology/types.ts';
import { createPathResolver, type ResolvedPath } from './decisionPath.ts';
import type { LiveStats } from './liveStats.ts';
import { createParticleSampler } from './particleSampler.ts';
import type { ColourKey, ParticlesMessage } from './protocol.ts';
import { RecordingRng } from './recordingRng.ts';
import { createStatsAccumulator } from './statsAccumulator.ts';

/** At most this many requests are routed per advance(); beyond it the simulated clock falls behind. */
export const MAX_REQUESTS_PER_ADVANCE = 2000;
/** At most this many requests per runRequests() call. */
export const MAX_REQUESTS_PER_STEP = 100_000;

/** A live request, kept so its trace can be replayed exactly. */
export interface RecordedRequest {
  /** 1-based number in the live sequence. */
  sequence: number;
  client: Pod;
  request: HttpRequest;
  /** The router's random draws for this request. */
  tape: number[];
  pathIndex: number;
}

export interface LiveSimulation {
  readonly revision: number;
  readonly seed: number;
  /** Simulated milliseconds since the start. */
  readonly simTimeMs: number;
  /** Requests per simulated second, all Traffic objects together. */
  readonly totalRate: number;
  /** Moves the clock by `wallDtMs` × `speed` and routes every request that falls due. */
  advance(wallDtMs: number, speed: number): void;
  /**
   * Routes exactly `count` more requests at once (no dots) and moves the clock to the last one:
   * "the same numbers after N requests" without depending on timer ticks. Returns how many ran.
   */
  runRequests(count: number): number;
  stats(): LiveStats;
  /** Dots sampled since the last call (null: nothing new). */
  takeParticles(): ParticlesMessage | null;
  /** The most recent request whose path contains the node or edge `elementId`. */
  lastRequestThrough(elementId: string): RecordedRequest | undefined;
  readonly paths: readonly ResolvedPath[];
}

export function createLiveSimulation(input: { loaded: LoadedScenario; topology: Topology; revision: number; seed: number }): LiveSimulation {
  const { loaded, topology, revision, seed } = input;
  const base = createRng(seed);
  const rng = new RecordingRng(base);
  const resolver = createPathResolver(topology);
  const stats = createStatsAccumulator(revision);
  const hashClusters = new Set(topology.clusters.filter((c) => /^(RING_HASH|MAGLEV)/.test(c.lbLabel)).map((c) => c.id));

  // Rates: per Traffic (counted once however many request entries it has), summed per client.
  const clientIndex = new Map<string, number>();
  const clientRates: number[] = [];
  const seenTraffic = new Set<string>();
  let totalRate = 0;
  for (const t of loaded.stream.templates) {
    const id = clientId(t.client.namespace, t.client.name);
    if (!clientIndex.has(id)) {
      clientIndex.set(id, clientRates.length);
      clientRates.push(0);
    }
    const tk = `${t.traffic.namespace}/${t.traffic.name}`;
    if (seenTraffic.has(tk)) continue;
    seenTraffic.add(tk);
    const r = t.traffic.rate > 0 ? t.traffic.rate : 0;
    clientRates[clientIndex.get(id)!] += r;
    totalRate += r;
  }
  const sampler = createParticleSampler({ revision, clientRates, rng: base.fork('particles') });
  const lastByPath: RecordedRequest[] = [];

  let simTimeMs = 0;
  let done = 0;

  function colourOf(path: ResolvedPath, hashKey: string | undefined): ColourKey {
    if (!path.groupId) return { kind: 'none' };
    if (path.viaCluster && hashClusters.has(path.groupId)) {
      const index = hashKey !== undefined ? stats.hashKeyIndex(hashKey) : -1;
      return index >= 0 ? { kind: 'hash', label: hashKey!, index } : { kind: 'none' };
    }
    return { kind: 'cluster', clusterId: path.groupId };
  }

  /** Routes the next request of the stream (false when it has ended); speed 0: no dot. */
  function routeNext(interval: number, start: number, speed: number): boolean {
    const next = loaded.stream.next(rng);
    if (!next) return false;
    done++;
    const at = done * interval;
    const client = next.template.client;
    rng.startRecording();
    const d = routeRequest(loaded.mesh, client, next.request, rng);
    const tape = rng.stopRecording();
    const path = resolver.resolve(d, client, next.request.port);
    stats.add(path, d, at);
    lastByPath[path.index] = { sequence: done, client, request: next.request, tape, pathIndex: path.index };
    if (speed > 0) {
      const ci = clientIndex.get(clientId(client.namespace, client.name)) ?? 0;
      sampler.offer(ci, path, colourOf(path, d.hashKey), d.status, d.delayMs ?? 0, Math.max(0, (at - start) / speed));
    }
    return true;
  }

  return {
    revision,
    seed,
    totalRate,
    get simTimeMs() {
      return simTimeMs;
    },
    get paths() {
      return resolver.paths;
    },
    advance(wallDtMs, speed) {
      if (!(wallDtMs > 0) || !(speed > 0)) return;
      sampler.tick(wallDtMs, speed);
      const start = simTimeMs;
      simTimeMs += wallDtMs * speed;
      if (totalRate <= 0) return;
      const interval = 1000 / totalRate;
      let due = Math.floor(simTimeMs / interval);
      if (due - done > MAX_REQUESTS_PER_ADVANCE) {
        due = done + MAX_REQUESTS_PER_ADVANCE;
        simTimeMs = due * interval;
      }
      while (done < due && routeNext(interval, start, speed)) { /* routes one request */ }
    },
    runRequests(count) {
      if (totalRate <= 0 || !(count > 0)) return 0;
      const interval = 1000 / totalRate;
      const before = done;
      const due = done + Math.min(Math.floor(count), MAX_REQUESTS_PER_STEP);
      while (done < due && routeNext(interval, simTimeMs, 0)) { /* routes one request */ }
      simTimeMs = Math.max(simTimeMs, done * interval);
      return done - before;
    },
    stats() {
      return stats.live;
    },
    takeParticles() {
      return sampler.flush(resolver.paths);
    },
    lastRequestThrough(elementId) {
      let best: RecordedRequest | undefined;
      for (const p of resolver.paths) {
        const rec = lastByPath[p.index];
        if (!rec || (best && rec.sequence < best.sequence)) continue;
        if (p.ids.includes(elementId) || p.edgeIds.includes(elementId)) best = rec;
      }
      return best;
    },
  };
}
