/**
 * The engine Web Worker: messages in (protocol.ts), engine results, live stats and particle
 * batches out. All logic lives in engineSession / liveSimulation; this file is the clock and
 * the switch.
 */
import { createDeferredAnalysis } from './deferredAnalysis.ts';
import { createEngineSession } from './engineSession.ts';
import { assertNever, type TraceResultMessage, type WorkerRequest, type WorkerResponse } from './protocol.ts';
import { createTestRunner } from './testRunner.ts';
import { loadRe2, mayNeedRe2 } from './regexSupport.ts';
import type { TraceAnswer } from './traceRequest.ts';

/** Simulation tick: particles go out on every tick (20/s), stats on every STATS_EVERY-th (5/s). */
const TICK_MS = 50;
const STATS_EVERY = 4;
/** A longer gap (throttled timer, debugger) is not caught up: the clock just skips it. */
const MAX_TICK_GAP_MS = 250;

/** The part of DedicatedWorkerGlobalScope used here (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const session = createEngineSession();
const tests = createTestRunner({ post: (message) => post(message), schedule: (fn) => setTimeout(fn, 0) });
const analysis = createDeferredAnalysis({ post: (message) => post(message), currentRevision: () => session.scenario?.revision ?? 0 });
let playing = false;
let speed = 1;
let timer: ReturnType<typeof setInterval> | undefined;
let lastTick = 0;
let ticks = 0;
let statsDirty = false;

function post(message: WorkerResponse, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

function traceReply(id: number, answer: TraceAnswer | null): TraceResultMessage {
  if (!answer || answer.ok) return { type: 'traceResult', id, result: answer?.ok ? answer.result : null };
  return { type: 'traceResult', id, result: null, error: answer.error };
}

function postStats(): void {
  const sim = session.simulation;
  if (sim) post({ type: 'stats', live: sim.stats() });
  statsDirty = false;
}

function tick(): void {
  const now = performance.now();
  const dt = Math.min(MAX_TICK_GAP_MS, now - lastTick);
  lastTick = now;
  const sim = session.simulation;
  if (!sim) return;
  sim.advance(dt, speed);
  statsDirty = true;
  const batch = sim.takeParticles();
  if (batch) post(batch, [batch.data.buffer]);
  if (++ticks % STATS_EVERY === 0) postStats();
}

function updateTimer(): void {
  const run = playing && session.simulation !== undefined;
  if (run && timer === undefined) {
    lastTick = performance.now();
    timer = setInterval(tick, TICK_MS);
  } else if (!run && timer !== undefined) {
    clearInterval(timer);
    timer = undefined;
    if (statsDirty) postStats();
  }
}

function handle(msg: WorkerRequest): void {
  switch (msg.type) {
    case 'load': {
      const reply = session.load(msg.id, msg.yaml, msg.seed);
      post(reply);
      if (reply.type === 'loaded') postStats();
      updateTimer();
      // After the reply is out, in slices between ticks; a newer load cancels this run.
      const loaded = session.scenario;
      if (reply.type === 'loaded' && loaded) {
        analysis.analyze(loaded.revision, loaded.loaded);
        tests.start(loaded.revision, loaded.loaded.model, loaded.topology);
      }
      // Fetch RE2 in the background once the first answer is out (regexSupport.ts).
      setTimeout(() => void loadRe2().catch(() => {}), 0);
      return;
    }
    case 'play':
      playing = true;
      updateTimer();
      return;
    case 'pause':
      playing = false;
      updateTimer();
      return;
    case 'setSpeed':
      if (Number.isFinite(msg.speed) && msg.speed > 0) speed = msg.speed;
      return;
    case 'reset':
      session.reset(msg.seed);
      postStats();
      return;
    case 'step':
      session.simulation?.runRequests(msg.count);
      postStats();
      return;
    case 'trace':
      post(traceReply(msg.id, session.trace(msg.from, msg.curl)));
      return;
    case 'traceSample':
      post(traceReply(msg.id, session.traceSample(msg.elementId)));
      return;
    case 'traceTestFailure':
      tests.traceFailure(msg.testKey, msg.assertionIndex, (answer) => post(traceReply(msg.id, answer)));
      return;
    case 'hashSpace':
      post({ type: 'hashSpaceResult', id: msg.id, result: session.hashSpace(msg.clusterId) });
      return;
    case 'ping':
      post({ type: 'pong', id: msg.id });
      return;
    default:
      assertNever(msg);
  }
}

/**
 * Requests wait, in order, while RE2 loads for a scenario that may need it (regexSupport.ts);
 * pings are answered at once so the watchdog does not take the wait for a hang.
 */
let held: WorkerRequest[] | undefined;

function receive(msg: WorkerRequest): void {
  if (msg.type === 'ping') return handle(msg);
  if (held) {
    held.push(msg);
    return;
  }
  if (msg.type === 'load' && mayNeedRe2(msg.yaml)) {
    held = [msg];
    const release = () => {
      const queue = held ?? [];
      held = undefined;
      for (const next of queue) handle(next);
    };
    loadRe2().then(release, () => {
      const queue = held ?? [];
      held = undefined;
      for (const next of queue) {
        if (next.type === 'load' && mayNeedRe2(next.yaml)) post(re2Unavailable(next.id));
        else handle(next);
      }
    });
    return;
  }
  handle(msg);
}

function re2Unavailable(id: number): WorkerResponse {
  const message = 'Regex matching could not be loaded (a network problem?): reload the page. The last good scenario keeps running.';
  return { type: 'yamlError', id, line: 1, message, diagnostics: [] };
}

// A dedicated worker hears only the page that created it; still, only well-formed requests are handled.
scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const data = event.data as unknown;
  if (data && typeof data === 'object' && typeof (data as { type?: unknown }).type === 'string') receive(event.data);
};
