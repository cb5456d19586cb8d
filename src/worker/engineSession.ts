/**
 * Everything the engine worker does, without the messaging: load a scenario (or keep the last
 * good one when the YAML does not parse), run the live simulation, answer trace questions.
 * engineWorker.ts feeds it messages and timer ticks; tests call it directly.
 */
import { loadScenario, type LoadedScenario } from '../engine/loadScenario.ts';
import { createRng } from '../engine/route/lb/index.ts';
import { describeCaption } from '../engine/topology/describeCaption.ts';
import { describeHashSpace } from '../engine/topology/describeHashSpace.ts';
import { describeTopology } from '../engine/topology/describeTopology.ts';
import { clientId } from '../engine/topology/ids.ts';
import type { Topology } from '../engine/topology/types.ts';
import { createLiveSimulation, type LiveSimulation } from './liveSimulation.ts';
import { createHashHistory } from './hashHistory.ts';
import type { HashSpaceView, LoadedMessage, TrafficRequestInfo, YamlErrorMessage } from './protocol.ts';
import { ReplayRng } from './recordingRng.ts';
import { traceCurl, traceReplay, type TraceAnswer } from './traceRequest.ts';

interface Current {
  yaml: string;
  loaded: LoadedScenario;
  topology: Topology;
  /** A second copy for traces, built on first use. */
  traceCopy?: LoadedScenario;
}

export interface EngineSession {
  load(id: number, yaml: string, seed: number): LoadedMessage | YamlErrorMessage;
  /** Zero the counters and restart the request sequence (same revision). */
  reset(seed: number): void;
  /** The running simulation (undefined before the first good load). */
  readonly simulation: LiveSimulation | undefined;
  /** The scenario running now (undefined before the first good load), for the test runner. */
  readonly scenario: { revision: number; loaded: LoadedScenario; topology: Topology } | undefined;
  trace(from: string, curl: string): TraceAnswer;
  /** Null when no live request went through the element yet. */
  traceSample(elementId: string): TraceAnswer | null;
  /** A consistent-hash cluster's hash space, with the keys that moved when its pods last changed. */
  hashSpace(clusterId: string): HashSpaceView | null;
}

export function createEngineSession(): EngineSession {
  let revision = 0;
  let current: Current | undefined;
  let simulation: LiveSimulation | undefined;
  let sends = 0;
  const hashes = createHashHistory();
  const liveLabels = (clusterId: string) => Object.keys(simulation?.stats().byHashKey[clusterId] ?? {});

  const traceCopy = (c: Current) => (c.traceCopy ??= loadScenario(c.yaml));

  function start(seed: number) {
    if (current) simulation = createLiveSimulation({ loaded: current.loaded, topology: current.topology, revision, seed });
  }

  return {
    get simulation() {
      return simulation;
    },
    get scenario() {
      return current && { revision, loaded: current.loaded, topology: current.topology };
    },
    load(id, yaml, seed) {
      const loaded = loadScenario(yaml);
      // A syntax error, or a text over the size limit (ITP1003): keep running the last good scenario.
      const syntax = loaded.diagnostics.find((d) => (d.code === 'YAML0001' || d.code === 'ITP1003') && d.level === 'Error');
      if (syntax) {
        return { type: 'yamlError', id, line: syntax.range.line, message: syntax.message, diagnostics: loaded.diagnostics };
      }
      const topology = describeTopology(loaded);
      revision++;
      hashes.record(loaded, topology, revision, liveLabels);
      current = { yaml, loaded, topology };
      sends = 0;
      start(seed);
      return {
        type: 'loaded',
        id,
        revision,
        topology,
        caption: describeCaption(topology),
        diagnostics: loaded.diagnostics,
        requests: trafficRequests(loaded),
      };
    },
    reset(seed) {
      start(seed);
    },
    trace(from, curl) {
      if (!current || !simulation) return { ok: false, error: 'No scenario is loaded yet.' };
      const rng = createRng(simulation.seed).fork(`send-${++sends}`);
      return traceCurl(traceCopy(current), current.topology, from, curl, rng);
    },
    traceSample(elementId) {
      if (!current || !simulation) return null;
      const rec = simulation.lastRequestThrough(elementId);
      if (!rec) return null;
      const base = createRng(simulation.seed);
      const rng = new ReplayRng(base, rec.tape, base.fork('replay-overflow'));
      return traceReplay(traceCopy(current), current.topology, rec.client, rec.request, rng, rec.sequence);
    },
    hashSpace(clusterId) {
      if (!current) return null;
      const space = describeHashSpace(current.loaded, clusterId, { liveLabels: [...hashes.labelsFor(clusterId), ...liveLabels(clusterId)] });
      return space ? { ...space, revision, change: hashes.changeFor(clusterId) } : null;
    },
  };
}

function trafficRequests(loaded: LoadedScenario): TrafficRequestInfo[] {
  const seen = new Set<string>();
  const out: TrafficRequestInfo[] = [];
  for (const t of loaded.stream.templates) {
    const spec = t.traffic.requests[t.index];
    const key = `${t.client.namespace}/${t.client.name}|${spec?.curl}`;
    if (!spec || seen.has(key)) continue;
    seen.add(key);
    out.push({ clientId: clientId(t.client.namespace, t.client.name), from: `${t.client.namespace}/${t.client.name}`, traffic: t.traffic.name, curl: spec.curl });
  }
  return out;
}
