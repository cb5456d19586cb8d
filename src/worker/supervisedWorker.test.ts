import { describe, expect, it } from 'vitest';
import { createKnownGood, engineBudgetMs, restartNotice } from './knownGood.ts';
import { CHECK_MS, superviseWorker, type Clock, type RestartReason } from './supervisedWorker.ts';

/** A worker that answers pings unless `busy`, and records what it was sent. */
class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  busy = false;
  terminated = false;
  sent: unknown[] = [];
  postMessage(message: { type: string; id?: number }) {
    this.sent.push(message);
    if (message.type === 'ping' && !this.busy) this.onmessage?.({ data: { type: 'pong', id: message.id } } as MessageEvent);
  }
  terminate() {
    this.terminated = true;
  }
}

function setup(budget = 3000) {
  let now = 0;
  let tick: () => void = () => {};
  const clock: Clock = { now: () => now, setInterval: (fn) => ((tick = fn), 1), clearInterval: () => {} };
  const workers: FakeWorker[] = [];
  const restarts: RestartReason[] = [];
  const messages: unknown[] = [];
  const supervisor = superviseWorker({
    create: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    },
    onMessage: (m) => messages.push(m),
    onRestart: (r) => restarts.push(r),
    budgetMs: () => budget,
    clock,
  });
  const advance = (ms: number) => {
    for (let t = 0; t < ms; t += CHECK_MS) {
      now += CHECK_MS;
      tick();
    }
  };
  return { supervisor, workers, restarts, messages, advance };
}

describe('superviseWorker', () => {
  it('leaves a worker that answers alone, and passes its messages on (but not pongs)', () => {
    const { workers, restarts, messages, advance } = setup();
    advance(20_000);
    expect(workers).toHaveLength(1);
    expect(restarts).toEqual([]);
    expect(messages).toEqual([]);
    workers[0].onmessage?.({ data: { type: 'stats', live: {} } } as MessageEvent);
    workers[0].onmessage?.({ data: 'garbage' } as MessageEvent);
    expect(messages).toEqual([{ type: 'stats', live: {} }]);
  });

  it('restarts a worker that stays silent longer than the budget', () => {
    const { supervisor, workers, restarts, advance } = setup(3000);
    workers[0].busy = true;
    advance(3000);
    expect(restarts).toEqual([]);
    advance(1000);
    expect(restarts).toEqual([{ kind: 'hang', silentMs: 3500, budgetMs: 3000 }]);
    expect(workers[0].terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(supervisor.restarts).toBe(1);
    advance(10_000);
    expect(workers).toHaveLength(2);
  });

  it('restarts a worker that crashed', () => {
    const { workers, restarts } = setup();
    workers[0].onerror?.({ message: 'out of memory' } as ErrorEvent);
    expect(restarts).toEqual([{ kind: 'crash', message: 'out of memory' }]);
    expect(workers).toHaveLength(2);
  });
});

describe('known-good fallback', () => {
  it('falls back to the previous text when the pending load hangs', () => {
    const k = createKnownGood();
    k.loaded('a');
    k.loaded('b');
    expect(k.fallback('c')).toBe('b');
    expect(k.isBad('c')).toBe(true);
  });

  it('skips the running text when it hung while playing, and never returns to a bad one', () => {
    const k = createKnownGood();
    k.loaded('a');
    k.loaded('b');
    expect(k.fallback(undefined)).toBe('a');
    k.loaded('a');
    expect(k.fallback(undefined)).toBeUndefined();
  });

  it('allows more time for a large pending text', () => {
    expect(engineBudgetMs(0)).toBe(3000);
    expect(engineBudgetMs(1024 * 1024)).toBe(9000);
  });

  it('says what happened in a sentence', () => {
    expect(restartNotice({ kind: 'hang', silentMs: 3600, budgetMs: 3000 }, true)).toMatch(
      /^The simulation took longer than 3 s on this YAML and was restarted with the last version that ran\. Your text is kept/,
    );
    expect(restartNotice({ kind: 'crash', message: 'boom' }, false)).toMatch(/stopped unexpectedly \(boom\).*paused/);
  });
});
