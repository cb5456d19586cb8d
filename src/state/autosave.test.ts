import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadScenario, setYamlText } from './actions/scenario.ts';
import { AUTOSAVE_DELAY_MS, AUTOSAVE_KEY, LEGACY_AUTOSAVE_KEY, MAX_SAVED_TABS, readSavedWork, startAutosave } from './autosave.ts';
import { getPreviousWork, getRecentScenarios, MAX_RECENT, RECENT_KEY, resetRecentScenarios } from './recentScenarios.ts';
import { resetAppStore } from './store.ts';
import { resetTabIdForTests, tabId } from './tabIdentity.ts';

/** The page now runs in the tab whose sessionStorage is `session` (localStorage stays shared). */
function switchToTab(session: Map<string, string>): Map<string, string> {
  vi.stubGlobal('sessionStorage', { getItem: (k: string) => session.get(k) ?? null, setItem: (k: string, v: string) => void session.set(k, v) });
  resetTabIdForTests();
  return session;
}

const openAnotherTab = () => switchToTab(new Map());

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
  openAnotherTab();
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
    expect(JSON.parse(data.get(AUTOSAVE_KEY)!)).toEqual({ [tabId()]: { yaml: 'a: 12\n', scenarioId: null, savedAt: 1000 } });
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
    data.set(AUTOSAVE_KEY, JSON.stringify([{ yaml: 'a list, not tabs' }]));
    expect(readSavedWork()).toBeNull();
    data.set(AUTOSAVE_KEY, JSON.stringify({ t1: { yaml: 'a\u0000b' } }));
    expect(readSavedWork()).toBeNull();
    data.set(AUTOSAVE_KEY, JSON.stringify({ t1: { yaml: 'ok', scenarioId: { evil: 1 }, savedAt: 'x' } }));
    expect(readSavedWork()).toEqual({ yaml: 'ok', scenarioId: null, savedAt: 0 });
    data.set(RECENT_KEY, JSON.stringify([1, null, { yaml: 'kept', savedAt: 3 }, { yaml: 7 }]));
    resetRecentScenarios();
    expect(getRecentScenarios()).toEqual([{ yaml: 'kept', scenarioId: null, savedAt: 3 }]);
  });

  it('two tabs never overwrite each other: a reload brings back its own tab\'s text, a new tab the newest', () => {
    installBrowserStubs();
    const tabA = openAnotherTab();
    let clock = 100;
    stop = startAutosave(isPristine, () => clock);
    setYamlText('tab A work\n');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    stop();

    openAnotherTab();
    expect(readSavedWork()?.yaml).toBe('tab A work\n'); // a new tab starts from the newest work
    clock = 200;
    stop = startAutosave(isPristine, () => clock);
    setYamlText('tab B work\n');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    stop();

    // Tab A reloads (its sessionStorage survives a reload): its own text, not B's newer one.
    switchToTab(tabA);
    expect(readSavedWork()?.yaml).toBe('tab A work\n');
    openAnotherTab();
    expect(readSavedWork()?.yaml).toBe('tab B work\n');
  });

  it(`keeps the texts of at most ${MAX_SAVED_TABS} tabs; older ones move into the history`, () => {
    const { data } = installBrowserStubs();
    for (let i = 0; i < MAX_SAVED_TABS + 2; i++) {
      openAnotherTab();
      stop = startAutosave(isPristine, () => 1000 + i);
      setYamlText(`work of tab ${i}\n`);
      vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
      stop();
    }
    const tabs = Object.values(JSON.parse(data.get(AUTOSAVE_KEY)!) as Record<string, { yaml: string }>).map((w) => w.yaml);
    expect(tabs).toHaveLength(MAX_SAVED_TABS);
    expect(tabs).not.toContain('work of tab 0\n');
    expect(getRecentScenarios().map((e) => e.yaml)).toEqual(['work of tab 1\n', 'work of tab 0\n']);
  });

  it('still reads the single text earlier versions saved', () => {
    const { data } = installBrowserStubs();
    data.set(LEGACY_AUTOSAVE_KEY, JSON.stringify({ yaml: 'saved by v1\n', scenarioId: null, savedAt: 1 }));
    expect(readSavedWork()?.yaml).toBe('saved by v1\n');
  });
});
