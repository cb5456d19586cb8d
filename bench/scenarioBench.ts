/**
 * Measures one scenario: compile per edit, routing decisions per second (with baselines from
 * the same run), heap of the compiled model, and permalink encode/decode.
 */
import { parseAllDocuments } from 'yaml';
import { createRng, loadScenario, routeRequest, type HttpRequest, type Pod } from '../src/engine/index.ts';
import type { LoadedScenario } from '../src/engine/index.ts';
import { heapGrowth, retainedHeap, time } from './measure.ts';
import { naiveRoute } from './naiveRouter.ts';
import { permalinkCodec, plainCodec, type PermalinkState } from './permalinkCodec.ts';

export interface Targets {
  decisionsPerSec?: number;
  compileMs?: number;
}

export interface ScenarioResult {
  pods: number;
  services: number;
  virtualServices: number;
  destinationRules: number;
  yamlBytes: number;
  /** Distinct requests the Traffic objects can send (templates x header variants). */
  requestVariants: number;
  /** Per edit: loadScenario + every distinct Traffic request routed once (views, tables, clusters, LB state built). */
  compileMs: number;
  /** Per edit: loadScenario alone (parse, model, index, request stream; compiling is lazy). */
  loadMs: number;
  /** Per edit: loadScenario + the first request of the stream answered. */
  firstRequestMs: number;
  /** Baseline: the yaml package's parseAllDocuments on the same text. */
  yamlParseMs: number;
  /** compileMs / yamlParseMs. */
  compileRatio: number;
  /** routeRequest over pre-drawn requests, single thread, JIT-warm. */
  decisionsPerSec: number;
  /** Baseline: the same loop over the same requests, doing one Map lookup (by Host) instead of routeRequest. */
  baselinePerSec: number;
  /** baselinePerSec / decisionsPerSec: what one decision costs, in baseline iterations. Lower is better. */
  baselineRatio: number;
  /** Baseline: a naive router that scans the model's lists per request (bench/naiveRouter.ts). */
  linearScanPerSec: number;
  /** decisionsPerSec / linearScanPerSec: the speed-up of the compiled tables. Higher is better. */
  linearScanRatio: number;
  /** The request stream's draw rate (excluded from decisionsPerSec). */
  streamDrawsPerSec: number;
  /** Heap retained by one load + warm-up (resources, model, compiled views, LB tables, its parse-cache entries). */
  heapBytes: number;
  /** heapBytes plus what the routing loop added (LB state, hash memos). */
  heapAfterRoutingBytes: number;
  /** heapBytes / yamlBytes. */
  heapRatio: number;
  permalinkBytes: number;
  permalinkEncodeMs: number;
  permalinkDecodeMs: number;
  /** (encode + decode) / the same without deflate (JSON + base64url only). */
  permalinkRatio: number;
  targets: Targets & { met: boolean };
}

/** Routes every distinct request the Traffic can send once, so everything it needs is compiled. */
export function warmTraffic(s: LoadedScenario): number {
  const rng = createRng(1);
  let n = 0;
  for (const t of s.stream.templates) {
    for (const req of t.variants) {
      routeRequest(s.mesh, t.client, req, rng);
      n++;
    }
  }
  return n;
}

function drawRequests(s: LoadedScenario, n: number, seed: number): { clients: Pod[]; requests: HttpRequest[] } {
  const rng = createRng(seed);
  const clients: Pod[] = [];
  const requests: HttpRequest[] = [];
  for (let i = 0; i < n; i++) {
    const next = s.stream.next(rng);
    if (!next) throw new Error('the scenario has no Traffic to benchmark');
    clients.push(next.template.client);
    requests.push(next.request);
  }
  return { clients, requests };
}

let sink = 0;
/** Read by run.ts so the loops' results are observable and cannot be optimised away. */
export const consumeSink = (): number => sink;

export function benchScenario(yaml: string, targets: Targets, opts: { timeMs: number; batch: number }): ScenarioResult {
  const { timeMs, batch } = opts;
  // Heap first, before the timing loops leave garbage and JIT state behind. Each probe is a
  // text no earlier load has seen (a comment in every document), so nothing comes from the
  // parse cache; the first probe only warms up the code.
  const fresh = (tag: string) => `# ${tag}\n${yaml.replace(/^(---[^\n]*\n)/gm, `$1# ${tag}\n`)}`;
  const loadWarm = (text: string) => {
    const loaded = loadScenario(text);
    warmTraffic(loaded);
    return loaded;
  };
  loadWarm(fresh('heap probe'));
  // A small scenario retains less than the heap's own noise: measure several copies and divide.
  const copies = yaml.length < 50_000 ? 20 : 1;
  const { value: kept, bytes: heapTotal } = retainedHeap(() => Array.from({ length: copies }, (_, i) => loadWarm(fresh(`heap copy ${i}`))));
  const heapBytes = Math.round(heapTotal / copies);
  const s = kept[0];
  let edit = 0;
  // Every compile iteration sees a new text, like a keystroke: a comment typed into the middle
  // document, alternately one and two lines long, so the documents below it move every time.
  const middle = yaml.indexOf('---\n', yaml.length >> 1);
  const at = middle < 0 ? yaml.length : middle + 4;
  const edited = () => {
    const n = edit++;
    return `${yaml.slice(0, at)}# edit ${n}\n${n % 2 ? '# (two lines)\n' : ''}${yaml.slice(at)}`;
  };

  const load = time(() => loadScenario(edited()), timeMs);
  const first = time(() => {
    const s = loadScenario(edited());
    const rng = createRng(1);
    const next = s.stream.next(rng)!;
    sink += routeRequest(s.mesh, next.template.client, next.request, rng).status;
  }, timeMs);
  const compile = time(() => warmTraffic(loadScenario(edited())), timeMs);
  const yamlParse = time(() => parseAllDocuments(edited()), timeMs);

  const { clients, requests } = drawRequests(s, batch, 42);
  const mesh = s.mesh;
  const model = s.model;
  const rng = createRng(7);

  const engineLoop = () => {
    for (let i = 0; i < batch; i++) sink += routeRequest(mesh, clients[i], requests[i], rng).status;
  };
  // What routing adds (LB state, hash memos), per copy, after the routing loop ran on each.
  const growth =
    heapGrowth(() => {
      for (const copy of kept) {
        const drawn = drawRequests(copy, batch, 42);
        const r = createRng(7);
        for (let k = 0; k < 3; k++) {
          for (let i = 0; i < batch; i++) sink += routeRequest(copy.mesh, drawn.clients[i], drawn.requests[i], r).status;
        }
      }
    }) / copies;
  kept.length = 1;
  const engine = time(engineLoop, timeMs, 10);
  // The simple baseline: one Map lookup per request (an empty loop alone is so cheap that the
  // JIT's inlining decisions swing it by 5x, which defeats its purpose as a yardstick).
  const byAuthority = new Map(requests.map((r, i) => [r.authority, i]));
  const lookup = (c: Pod, r: HttpRequest) => byAuthority.get(r.authority)! + c.ip.length;
  const baseline = time(() => {
    for (let i = 0; i < batch; i++) sink += lookup(clients[i], requests[i]);
  }, timeMs, 10);
  const naiveBatch = Math.min(batch, 2000);
  const naive = time(() => {
    for (let i = 0; i < naiveBatch; i++) if (naiveRoute(model, clients[i], requests[i], rng)) sink++;
  }, timeMs, 5);
  const streamRng = createRng(9);
  const stream = time(() => {
    for (let i = 0; i < batch; i++) sink += s.stream.next(streamRng)!.request.port;
  }, timeMs, 10);

  const state: PermalinkState = { yaml, view: { client: s.stream.templates[0]?.client.name, seed: 1, speed: 1, playing: true } };
  const link = permalinkCodec.encode(state);
  if (permalinkCodec.decode(link).yaml !== yaml) throw new Error('the permalink does not round-trip');
  const encode = time(() => permalinkCodec.encode(state), timeMs);
  const decode = time(() => permalinkCodec.decode(link), timeMs);
  const plain = plainCodec.encode(state);
  const plainEncode = time(() => plainCodec.encode(state), timeMs);
  const plainDecode = time(() => plainCodec.decode(plain), timeMs);

  const rate = (t: { medianMs: number }, n = batch) => (n / t.medianMs) * 1000;
  const decisionsPerSec = rate(engine);
  const met =
    (targets.decisionsPerSec === undefined || decisionsPerSec >= targets.decisionsPerSec) &&
    (targets.compileMs === undefined || compile.medianMs <= targets.compileMs);
  return {
    pods: model.pods.length,
    services: model.services.length,
    virtualServices: model.virtualServices.length,
    destinationRules: model.destinationRules.length,
    yamlBytes: new TextEncoder().encode(yaml).length,
    requestVariants: s.stream.templates.reduce((n, t) => n + t.variants.length, 0),
    compileMs: compile.medianMs,
    loadMs: load.medianMs,
    firstRequestMs: first.medianMs,
    yamlParseMs: yamlParse.medianMs,
    compileRatio: compile.medianMs / yamlParse.medianMs,
    decisionsPerSec,
    baselinePerSec: rate(baseline),
    baselineRatio: rate(baseline) / decisionsPerSec,
    linearScanPerSec: rate(naive, naiveBatch),
    linearScanRatio: decisionsPerSec / rate(naive, naiveBatch),
    streamDrawsPerSec: rate(stream),
    heapBytes,
    heapAfterRoutingBytes: Math.round(heapBytes + growth),
    heapRatio: heapBytes / new TextEncoder().encode(yaml).length,
    permalinkBytes: link.length,
    permalinkEncodeMs: encode.medianMs,
    permalinkDecodeMs: decode.medianMs,
    permalinkRatio: (encode.medianMs + decode.medianMs) / (plainEncode.medianMs + plainDecode.medianMs),
    targets: { ...targets, met },
  };
}
