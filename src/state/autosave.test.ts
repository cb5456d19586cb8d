import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadScenario, setYamlText } from './actions/scenario.ts';
import { AUTOSAVE_DELAY_MS, AUTOSAVE_KEY, readSavedWork, startAutosave } from './autosave.ts';
import { getPreviousWork, getRecentScenarios, MAX_RECENT, RECENT_KEY, resetRecentScenarios } from './recentScenarios.ts';
import { resetAppStore } from './store.ts';

/** localStorage, window and document as far as autosave uses them. */
function installBrowserStubs(quota = Infinity) {
  const data = new Map<string, string>();
  const storage = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (v.length > quota) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k: string) => data.delete(k),
  };
  const events = new EventTarget();
  vi.stubGlobal('localStorage', storage);
  vi.stubGlobal('window', events);
  vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
  return { data, events };
}

const EXAMPLE = { id: 'seed', yaml: 'kind: Example\n' };
const isPristine = (yaml: string) => yaml === EXAMPLE.yaml;

describe('autosave', () => {
  let stop: () => void = () => {};
  beforeEach(() => {
    vi.useFakeTimers();
    resetAppStore();
    resetRecentScenarios();
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('saves the text once it has been still for a moment, and reads it back', () => {
    const { data } = installBrowserStubs();
    stop = startAutosave(isPristine, () => 1000);
    setYamlText('a: 1\n');
    setYamlText('a: 12\n');
    expect(data.has(AUTOSAVE_KEY)).toBe(false);
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(JSON.parse(data.get(AUTOSAVE_KEY)!)).toEqual({ yaml: 'a: 12\n', scenarioId: null, savedAt: 1000 });
    expect(readSavedWork()).toEqual({ yaml: 'a: 12\n', scenarioId: null, savedAt: 1000 });
  });

  it('saves at once when the page is hidden or closed', () => {
    const { data, events } = installBrowserStubs();
    stop = startAutosave(isPristine);
    setYamlText('typed just before closing');
    events.dispatchEvent(new Event('pagehide'));
    expect(readSavedWork()?.yaml).toBe('typed just before closing');
    expect(data.size).toBe(1);
  });

  it('keeps work replaced by an example in the history, as "previous"; an untouched example is not kept', () => {
    installBrowserStubs();
    stop = startAutosave(isPristine, () => 5);
    loadScenario(EXAMPLE);
    loadScenario({ id: 'other', yaml: 'kind: Other\n' });
    expect(getRecentScenarios()).toEqual([]);
    setYamlText('my work\n');
    vi.advanceTimersByTime(200);
    loadScenario(EXAMPLE);
    expect(getPreviousWork()).toEqual({ yaml: 'my work\n', scenarioId: 'other', savedAt: 5 });
    expect(getRecentScenarios()).toEqual([getPreviousWork()]);
  });

  it('keeps at most ten entries, newest first, without duplicates', () => {
    const { data } = installBrowserStubs();
    stop = startAutosave(isPristine);
    for (let i = 0; i < 14; i++) {
      setYamlText(`work ${i % 12}\n`);
      loadScenario(EXAMPLE);
    }
    const list = getRecentScenarios();
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0].yaml).toBe('work 1\n');
    expect(new Set(list.map((e) => e.yaml)).size).toBe(MAX_RECENT);
    expect(JSON.parse(data.get(RECENT_KEY)!)).toHaveLength(MAX_RECENT);
  });

  it('drops the oldest entries when storage is full instead of failing', () => {
    installBrowserStubs(50_000);
    stop = startAutosave(isPristine);
    for (let i = 0; i < 5; i++) {
      setYamlText(`${i}`.repeat(20_000));
      loadScenario(EXAMPLE);
    }
    expect(getRecentScenarios().length).toBeLessThan(5);
    expect(getRecentScenarios()[0].yaml).toBe('4'.repeat(20_000));
  });

  it('ignores unreadable or hostile storage content', () => {
    const { data } = installBrowserStubs();
    data.set(AUTOSAVE_KEY, '{not json');
    expect(readSavedWork()).toBeNull();
    data.set(AUTOSAVE_KEY, JSON.stringify({ yaml: 'a\u0000b' }));
    expect(readSavedWork()).toBeNull();
    data.set(AUTOSAVE_KEY, JSON.stringify({ yaml: 'ok', scenarioId: { evil: 1 }, savedAt: 'x' }));
    expect(readSavedWork()).toEqual({ yaml: 'ok', scenarioId: null, savedAt: 0 });
    data.set(RECENT_KEY, JSON.stringify([1, null, { yaml: 'kept', savedAt: 3 }, { yaml: 7 }]));
    resetRecentScenarios();
    expect(getRecentScenarios()).toEqual([{ yaml: 'kept', scenarioId: null, savedAt: 3 }]);
  });
});
