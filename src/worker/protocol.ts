/**
 * The engine worker's message protocol, shared by the worker (engineWorker.ts) and the main
 * thread (client.ts). Requests that expect exactly one answer carry an `id`, echoed by the
 * answer; `ResponseTo` says which response type answers which request.
 */
import type { Diagnostic } from '../engine/model/diagnostic.ts';
import type { SourceRef } from '../engine/model/source.ts';
import type { CaptionPart } from '../engine/topology/describeCaption.ts';
import type { Topology } from '../engine/topology/types.ts';
import type { HashSpace } from '../engine/topology/describeHashSpace.ts';
import type { HashChange } from './hashHistory.ts';
import type { TraceStage } from '../engine/route/trace.ts';
import type { LiveStats } from './liveStats.ts';
import type { TestResult } from '../engine/testing/types.ts';

// ---------------------------------------------------------------- main thread -> worker

export type WorkerRequest =
  /** Compile `yaml`; answered by `loaded`, or `yamlError` (the last good scenario keeps running). */
  | { type: 'load'; id: number; yaml: string; seed: number }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'setSpeed'; speed: number }
  /** Zero the counters and restart the request sequence with `seed`. */
  | { type: 'reset'; seed: number }
  /** Route the next `count` requests at once (answered by a `stats` message): same seed + same count, same numbers. */
  | { type: 'step'; count: number }
  /** One request from `from` ('ns/name' of a Pod or Deployment) with a curl line; answered by `traceResult`. */
  | { type: 'trace'; id: number; from: string; curl: string }
  /** The trace of the last live request that went through a graph element; answered by `traceResult`. */
  | { type: 'traceSample'; id: number; elementId: string }
  /** The hash space of a consistent-hash cluster (topology cluster id); answered by `hashSpaceResult`. */
  | { type: 'hashSpace'; id: number; clusterId: string }
  /**
   * The trace of the request that broke assertion `assertionIndex` of Test `testKey`
   * (`TestResultView.key`) in the running revision, replayed as the test sent it; answered by
   * `traceResult` (once that revision's tests have run).
   */
  | { type: 'traceTestFailure'; id: number; testKey: string; assertionIndex: number }
  /** Are you alive? Answered by `pong` as soon as the worker is free (supervisedWorker.ts's watchdog). */
  | { type: 'ping'; id: number };

// ---------------------------------------------------------------- worker -> main thread

/** One curl line of a Traffic object, for the request composer. */
export interface TrafficRequestInfo {
  clientId: string;
  /** 'ns/name' of the client pod, as `trace.from` takes it. */
  from: string;
  traffic: string;
  curl: string;
}

export interface LoadedMessage {
  type: 'loaded';
  id: number;
  revision: number;
  topology: Topology;
  caption: CaptionPart[];
  /**
   * Parse, model and traffic diagnostics only. The analyzer's (IST/ITP codes) follow in an
   * `analyzed` message for this revision (deferredAnalysis.ts), which repeats these.
   */
  diagnostics: Diagnostic[];
  requests: TrafficRequestInfo[];
}

/** Every diagnostic of a revision, the analyzer's included: sent after its `loaded`. */
export interface AnalyzedMessage {
  type: 'analyzed';
  revision: number;
  diagnostics: Diagnostic[];
  /** Set when the analyzer could not run: `diagnostics` are then the load's only. */
  unavailable?: string;
}

export interface YamlErrorMessage {
  type: 'yamlError';
  id: number;
  line: number;
  message: string;
  diagnostics: Diagnostic[];
}

export interface StatsMessage {
  type: 'stats';
  live: LiveStats;
}

/** A particle's route: the graph element ids it visits, and where it stops when it fails. */
export interface ParticlePath {
  ids: string[];
  /** Per segment (ids[i] -> ids[i + 1]) the graph edge id to follow, '' where none is drawn. */
  edges: string[];
  /** '404 NR', '503 UH', '301': shown at the last element. */
  label?: string;
  failed: boolean;
}

/** What colours a particle: its subset (cluster) or, under consistent hashing, its key. */
export type ColourKey =
  | { kind: 'cluster'; clusterId: string }
  | { kind: 'hash'; label: string; index: number }
  | { kind: 'none' };

/** Floats per particle in `ParticlesMessage.data`. */
export const PARTICLE_STRIDE = 5;
/** Field offsets inside one particle's record. */
export const P_PATH = 0;
export const P_COLOUR = 1;
export const P_STATUS = 2;
/** Fault delay of the request (ms): the dot slows down by it. */
export const P_DELAY = 3;
/** When, after the batch arrives, the dot starts (wall-clock ms): requests are spread over the tick. */
export const P_OFFSET = 4;

export interface ParticlesMessage {
  type: 'particles';
  revision: number;
  speed: number;
  /** Paths and colour keys new since the last batch of this revision, appended at `pathBase` / `colourBase`. */
  pathBase: number;
  paths: ParticlePath[];
  colourBase: number;
  colours: ColourKey[];
  /** `count` records of PARTICLE_STRIDE floats (transferred, not copied). */
  data: Float32Array;
  count: number;
}

export interface TraceStepView {
  stage: TraceStage;
  message: string;
  ref?: SourceRef;
  /** The graph element this step is about, when one is drawn. */
  elementId?: string;
}

export interface TraceResult {
  status: number;
  flags: string[];
  /** '200 from httpping-v2-…-2t2cb 10.1.2.3:80', '404 NR: no route matched'. */
  summary: string;
  from: string;
  curl: string;
  /** Element ids the request went through, in order (client ... pod). */
  path: string[];
  steps: TraceStepView[];
  /** Set for a sampled live request: its number in the live sequence (1-based). */
  sequence?: number;
}

export interface TraceResultMessage {
  type: 'traceResult';
  id: number;
  /** Null for `traceSample` when no request went through the element yet. */
  result: TraceResult | null;
  error?: string;
}

/** A cluster's hash space now, plus the keys that moved when its pods last changed. */
export interface HashSpaceView extends HashSpace {
  revision: number;
  change?: HashChange;
}

export interface HashSpaceResultMessage {
  type: 'hashSpaceResult';
  id: number;
  /** Null when the cluster does not exist or does not hash. */
  result: HashSpaceView | null;
}

/** One Test's verdict as the Tests tab shows it: the result without the parsed Test, plus a key. */
export interface TestResultView extends Omit<TestResult, 'test'> {
  /** Names the test within its revision, for `traceTestFailure` (and as a React key). */
  key: string;
}

/**
 * Every `kind: Test` of a revision, run by the worker after each successful load (a newer load
 * cancels the run); posted once per revision, never for a cancelled one.
 */
export interface TestResultsMessage {
  type: 'testResults';
  revision: number;
  tests: TestResultView[];
  passed: number;
  failed: number;
  /** Wall-clock time from the start of the run to this message, yields included. */
  elapsedMs: number;
}

export interface PongMessage {
  type: 'pong';
  id: number;
}

export type WorkerResponse =
  | LoadedMessage
  | AnalyzedMessage
  | YamlErrorMessage
  | StatsMessage
  | ParticlesMessage
  | TraceResultMessage
  | HashSpaceResultMessage
  | TestResultsMessage
  | PongMessage;

/** Which response answers a request that carries an id. */
export type ResponseTo<R extends WorkerRequest['type']> = R extends 'load'
  ? LoadedMessage | YamlErrorMessage
  : R extends 'trace' | 'traceSample' | 'traceTestFailure'
    ? TraceResultMessage
    : R extends 'hashSpace'
      ? HashSpaceResultMessage
      : never;

/** Exhaustiveness guard for switches over the unions above. */
export function assertNever(value: never): never {
  throw new Error(`unexpected message ${JSON.stringify(value)}`);
}
