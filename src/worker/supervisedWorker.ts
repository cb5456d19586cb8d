/**
 * The engine worker under a watchdog. The main thread pings the worker every CHECK_MS; any
 * message from it counts as a sign of life. When it stays silent longer than the time budget
 * (one load, simulation tick, trace or step that never ends: a pathological scenario) or
 * crashes, the worker is terminated and a fresh one started, and `onRestart` lets the caller
 * bring it back to a known-good state and tell the user. The tab itself never freezes: the
 * engine only ever runs in the worker.
 */
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

/** How often the worker is pinged and its silence checked. */
export const CHECK_MS = 500;

export type RestartReason = { kind: 'hang'; silentMs: number; budgetMs: number } | { kind: 'crash'; message: string };

export interface Clock {
  now(): number;
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface SupervisorOptions {
  create: () => Worker;
  onMessage: (message: WorkerResponse) => void;
  /** Called after the new worker exists: re-send settings and a known-good scenario. */
  onRestart: (reason: RestartReason) => void;
  /** The silence allowed right now (a large pending load may take longer than a tick). */
  budgetMs: () => number;
  /** False while the page is hidden: background timers are throttled, so silence means nothing. */
  isWatching?: () => boolean;
  clock?: Clock;
}

export interface SupervisedWorker {
  post(message: WorkerRequest): void;
  /** How many times the worker was restarted. */
  readonly restarts: number;
  stop(): void;
}

const browserClock: Clock = {
  now: () => performance.now(),
  setInterval: (fn, ms) => setInterval(fn, ms),
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

export function superviseWorker(options: SupervisorOptions): SupervisedWorker {
  const clock = options.clock ?? browserClock;
  const watching = options.isWatching ?? (() => true);
  let worker: Worker;
  let lastHeard = clock.now();
  let lastCheck = clock.now();
  let pingId = 0;
  let restarts = 0;

  function start(): void {
    worker = options.create();
    lastHeard = clock.now();
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      lastHeard = clock.now();
      const data = event.data;
      // Our own worker (a dedicated worker only talks to its creator); still, only known shapes pass.
      if (!data || typeof data !== 'object' || typeof (data as { type?: unknown }).type !== 'string') return;
      if ((data as { type: string }).type === 'pong') return;
      options.onMessage(data);
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      restart({ kind: 'crash', message: event.message || 'the engine worker stopped unexpectedly' });
    };
  }

  function restart(reason: RestartReason): void {
    worker.onmessage = null;
    worker.onerror = null;
    worker.terminate();
    restarts++;
    start();
    options.onRestart(reason);
  }

  function check(): void {
    const now = clock.now();
    // A late check means the main thread itself was busy or throttled: give the worker a fresh start.
    const late = now - lastCheck > CHECK_MS * 3;
    lastCheck = now;
    if (late || !watching()) {
      lastHeard = now;
      return;
    }
    const budget = options.budgetMs();
    const silent = now - lastHeard;
    if (silent > budget) {
      restart({ kind: 'hang', silentMs: silent, budgetMs: budget });
      return;
    }
    worker.postMessage({ type: 'ping', id: ++pingId } satisfies WorkerRequest);
  }

  start();
  const timer = clock.setInterval(check, CHECK_MS);
  return {
    post(message) {
      worker.postMessage(message);
    },
    get restarts() {
      return restarts;
    },
    stop() {
      clock.clearInterval(timer);
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
    },
  };
}
