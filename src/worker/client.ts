/**
 * The main thread's side of the engine worker: `startEngineBridge()` feeds the worker from the
 * store (committed YAML, seed, speed, playing, page visibility) and writes its answers back
 * (engine result, YAML error, live stats); particle batches go to particleFeed. Promise-returning
 * functions ask for traces. The worker runs under a watchdog (supervisedWorker.ts): when it
 * hangs or crashes it is replaced, reloaded with the last scenario that ran (knownGood.ts), and
 * the notice banner says so.
 */
import { showNotice } from '../share/notices.ts';
import { setEngineDiagnostics, setEngineResult, setEngineRunning, setEngineYamlError, setLiveStats, setTestResults } from '../state/actions/engine.ts';
import { subscribeCommittedYaml } from '../state/actions/scenario.ts';
import { setPlaying } from '../state/actions/view.ts';
import { getAppState, patchSlice, useAppStore } from '../state/store.ts';
import { createKnownGood, engineBudgetMs, restartNotice } from './knownGood.ts';
import { emptyLiveStats, type LiveStats } from './liveStats.ts';
import { publishParticles } from './particleFeed.ts';
import { assertNever, type HashSpaceView, type TraceResultMessage, type WorkerRequest, type WorkerResponse } from './protocol.ts';
import { superviseWorker, type RestartReason, type SupervisedWorker } from './supervisedWorker.ts';

export type TraceReply = Pick<TraceResultMessage, 'result' | 'error'>;

let worker: SupervisedWorker | null = null;
let nextId = 1;
let latestLoad = 0;
const loadTexts = new Map<number, string>();
const pendingTraces = new Map<number, (reply: TraceReply) => void>();
const pendingHashSpaces = new Map<number, (result: HashSpaceView | null) => void>();
const knownGood = createKnownGood();

function send(message: WorkerRequest): void {
  worker?.post(message);
}

function createEngineWorker(): Worker {
  return new Worker(new URL('./engineWorker.ts', import.meta.url), { type: 'module', name: 'engine' });
}

function load(yaml: string): void {
  const id = nextId++;
  latestLoad = id;
  loadTexts.set(id, yaml);
  setEngineRunning();
  send({ type: 'load', id, yaml, seed: getAppState().view.seed });
}

function onMessage(msg: WorkerResponse): void {
  switch (msg.type) {
    case 'loaded': {
      const yaml = loadTexts.get(msg.id) ?? '';
      loadTexts.delete(msg.id);
      knownGood.loaded(yaml);
      // The analyzer's verdict on this text follows within milliseconds (`analyzed`): until
      // then the previous analysis stays up rather than blinking off and on at every keystroke.
      // Before the first analysis, or after a syntax error, the load's own diagnostics show.
      const engine = getAppState().engine;
      const keepPrevious = engine.analyzedRevision > 0 && engine.yamlError === null;
      // Applied even when a newer text is on its way: the worker now runs this revision, and
      // the newer text may turn out to be a syntax error, which keeps it running.
      setEngineResult(yaml, {
        revision: msg.revision,
        topology: msg.topology,
        caption: msg.caption,
        diagnostics: keepPrevious ? engine.diagnostics : msg.diagnostics,
        live: emptyLiveStats(msg.revision),
        trafficRequests: msg.requests,
      });
      if (msg.id !== latestLoad) setEngineRunning();
      return;
    }
    case 'analyzed':
      if (msg.revision === getAppState().engine.revision) setEngineDiagnostics(msg.revision, msg.diagnostics);
      if (msg.unavailable) showNotice('error', msg.unavailable);
      return;
    case 'yamlError': {
      const yaml = loadTexts.get(msg.id) ?? '';
      loadTexts.delete(msg.id);
      if (msg.id === latestLoad) setEngineYamlError(yaml, { line: msg.line, message: msg.message }, msg.diagnostics);
      return;
    }
    case 'stats':
      queueLiveStats(msg.live);
      return;
    case 'particles':
      if (msg.revision === getAppState().engine.revision) publishParticles(msg);
      return;
    case 'traceResult': {
      const resolve = pendingTraces.get(msg.id);
      pendingTraces.delete(msg.id);
      resolve?.({ result: msg.result, error: msg.error });
      return;
    }
    case 'testResults': {
      const { type: _type, ...results } = msg;
      if (msg.revision === getAppState().engine.revision) setTestResults(results);
      return;
    }
    case 'hashSpaceResult':
      pendingHashSpaces.get(msg.id)?.(msg.result);
      pendingHashSpaces.delete(msg.id);
      return;
    case 'pong':
      return;
    default:
      assertNever(msg);
  }
}

/**
 * Live stats are applied at most once per frame, newest wins: on a large mesh one store update
 * (graph labels, Stats tab) can cost more than the 200 ms between worker ticks, and applying
 * every tick in turn would queue work the page never catches up with.
 */
let pendingLive: LiveStats | null = null;
let liveFrame = 0;
function queueLiveStats(live: LiveStats): void {
  pendingLive = live;
  if (liveFrame) return;
  const apply = () => {
    liveFrame = 0;
    const next = pendingLive;
    pendingLive = null;
    if (next && next.revision === getAppState().engine.revision) setLiveStats(next);
  };
  liveFrame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(apply) : (setTimeout(apply, 16) as unknown as number);
}

function ask(build: (id: number) => WorkerRequest): Promise<TraceReply> {
  if (!worker) return Promise.resolve({ result: null, error: 'The engine is not running.' });
  const id = nextId++;
  return new Promise((resolve) => {
    pendingTraces.set(id, resolve);
    send(build(id));
  });
}

/** Routes one request from `from` ('ns/name') with a curl line and returns its trace. */
export function requestTrace(from: string, curl: string): Promise<TraceReply> {
  return ask((id) => ({ type: 'trace', id, from, curl }));
}

/** The trace of the last live request that went through a graph node or edge (result null: none yet). */
export function requestTraceSample(elementId: string): Promise<TraceReply> {
  return ask((id) => ({ type: 'traceSample', id, elementId }));
}

/**
 * Replays the request that broke assertion `assertionIndex` of a Test (`TestResultView.key`)
 * in the worker and returns its trace; waits for the running revision's tests to finish.
 */
export function requestTestFailureTrace(testKey: string, assertionIndex: number): Promise<TraceReply> {
  return ask((id) => ({ type: 'traceTestFailure', id, testKey, assertionIndex }));
}

/** A consistent-hash cluster's hash space and the keys that moved (null: no such cluster, or no engine). */
export function requestHashSpace(clusterId: string): Promise<HashSpaceView | null> {
  if (!worker) return Promise.resolve(null);
  const id = nextId++;
  return new Promise((resolve) => {
    pendingHashSpaces.set(id, resolve);
    send({ type: 'hashSpace', id, clusterId });
  });
}

/** Zeroes the live counters and restarts the request sequence with the current seed. */
export function resetLiveCounters(): void {
  send({ type: 'reset', seed: getAppState().view.seed });
}

/** Routes the next `count` requests at once (pause first for exact numbers): tests and reproducible comparisons. */
export function runRequestsNow(count: number): void {
  send({ type: 'step', count });
}

/**
 * Starts the worker and keeps it in sync with the store. Returns a function that stops it.
 * `createWorker` is for tests.
 */
export function startEngineBridge(createWorker: () => Worker = createEngineWorker): () => void {
  if (worker) return () => {};
  const running = () => getAppState().view.playing && (typeof document === 'undefined' || !document.hidden);
  let wasRunning = running();
  const syncRunning = () => {
    const now = running();
    if (now !== wasRunning) send({ type: now ? 'play' : 'pause' });
    wasRunning = now;
  };

  /** The fresh worker after a hang or crash: settings again, then the last scenario that ran. */
  const onRestart = (reason: RestartReason) => {
    const pending = loadTexts.get(latestLoad);
    loadTexts.clear();
    failPending('The engine was restarted: ' + (reason.kind === 'hang' ? 'it took too long.' : 'it stopped unexpectedly.'));
    if (reason.kind === 'crash') console.error('engine worker failed:', reason.message);
    else console.warn(`engine worker silent for ${Math.round(reason.silentMs)} ms: restarted`);
    const fallback = knownGood.fallback(pending);
    setTestResults(null); // the new worker counts revisions from 1 again
    if (!fallback) setPlaying(false);
    wasRunning = running();
    send({ type: 'setSpeed', speed: getAppState().view.speed });
    send({ type: wasRunning ? 'play' : 'pause' });
    if (fallback) load(fallback);
    else patchSlice('engine', { status: 'ready' });
    showNotice('error', restartNotice(reason, fallback !== undefined));
  };

  worker = superviseWorker({
    create: createWorker,
    onMessage,
    onRestart,
    budgetMs: () => engineBudgetMs(Math.max(0, ...[...loadTexts.values()].map((t) => t.length))),
    isWatching: () => typeof document === 'undefined' || !document.hidden,
  });
  const supervisor = worker;

  send({ type: 'setSpeed', speed: getAppState().view.speed });
  send({ type: wasRunning ? 'play' : 'pause' });
  const initial = getAppState().scenario.committedYaml;
  if (initial) load(initial);

  const unsubscribeYaml = subscribeCommittedYaml(load);
  const unsubscribeView = useAppStore.subscribe((state, previous) => {
    const v = state.view;
    const p = previous.view;
    if (v.seed !== p.seed) send({ type: 'reset', seed: v.seed });
    if (v.speed !== p.speed) send({ type: 'setSpeed', speed: v.speed });
    if (v.playing !== p.playing) syncRunning();
  });
  document.addEventListener('visibilitychange', syncRunning);

  return () => {
    unsubscribeYaml();
    unsubscribeView();
    document.removeEventListener('visibilitychange', syncRunning);
    supervisor.stop();
    worker = null;
    failPending('The engine stopped.');
  };
}

/** Answers every question still waiting for the worker (it stopped or was replaced). */
function failPending(error: string): void {
  for (const resolve of pendingTraces.values()) resolve({ result: null, error });
  pendingTraces.clear();
  for (const resolve of pendingHashSpaces.values()) resolve(null);
  pendingHashSpaces.clear();
}
