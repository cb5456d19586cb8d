/**
 * The engine Web Worker: messages in (protocol.ts), engine results, live stats and particle
 * batches out. All logic lives in engineSession / liveSimulation; this file is the clock and
 * the switch.
 */
import { createEngineSession } from './engineSession.ts';
import { assertNever, type TraceResultMessage, type WorkerRequest, type WorkerResponse } from './protocol.ts';
import { createTestRunner } from './testRunner.ts';
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
      if (reply.type === 'loaded' && loaded) tests.start(loaded.revision, loaded.loaded.model, loaded.topology);
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

// A dedicated worker hears only the page that created it; still, only well-formed requests are handled.
scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const data = event.data as unknown;
  if (data && typeof data === 'object' && typeof (data as { type?: unknown }).type === 'string') handle(event.data);
};
