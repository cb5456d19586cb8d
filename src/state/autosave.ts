/**
 * No lost work: the editor text (and the example it came from) is saved to localStorage a
 * moment after each change and when the page is hidden or closed; a reload restores it (see
 * ui/recent/restoreWork.ts). When a load replaces text the user wrote — an example from the
 * picker, a permalink, a file — that text goes into the recent history and becomes the
 * "previous" work the top bar can restore. Not used by embeds: an iframe on someone's blog must
 * never overwrite the work of a visitor who also uses the playground.
 *
 * Each tab saves under its own id (tabIdentity.ts), so two tabs never overwrite each other's
 * work: a reload brings back what this tab had; a new tab starts from the newest work of any
 * tab. The oldest tabs' texts beyond MAX_SAVED_TABS move into the recent history.
 */
import { MAX_YAML_BYTES } from '../engine/limits.ts';
import { addRecentScenario, readJson, sanitizeRecent, setPreviousWork, writeJson, type RecentScenario } from './recentScenarios.ts';
import { scenarioLoadCount } from './actions/scenario.ts';
import { getAppState, useAppStore } from './store.ts';
import { tabId } from './tabIdentity.ts';

/** `{ [tab id]: SavedWork }`. */
export const AUTOSAVE_KEY = 'itp:autosave:v2';
/** One text for every tab, written by earlier versions; read when nothing newer is saved. */
export const LEGACY_AUTOSAVE_KEY = 'itp:autosave:v1';
export const AUTOSAVE_DELAY_MS = 500;
export const MAX_SAVED_TABS = 6;

export type SavedWork = RecentScenario;

function readAllTabs(): Map<string, SavedWork> {
  const raw = readJson(AUTOSAVE_KEY);
  const tabs = new Map<string, SavedWork>();
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return tabs;
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    const work = sanitizeRecent(value);
    if (work && id.length <= 100) tabs.set(id, work);
  }
  return tabs;
}

/**
 * The autosaved text for this tab, sanitised: its own after a reload, else the newest of any
 * tab (null when there is none or it is unreadable).
 */
export function readSavedWork(): SavedWork | null {
  const tabs = readAllTabs();
  const own = tabs.get(tabId());
  if (own) return own;
  const newest = [...tabs.values()].sort((a, b) => b.savedAt - a.savedAt)[0];
  return newest ?? sanitizeRecent(readJson(LEGACY_AUTOSAVE_KEY));
}

function save(now: () => number): void {
  const { yaml, scenarioId } = getAppState().scenario;
  // Over the engine's limit the text is refused anyway; it would only crowd storage out.
  if (yaml.length > MAX_YAML_BYTES) return;
  // Read just before writing: other tabs write their own entries meanwhile.
  const tabs = readAllTabs();
  tabs.delete(tabId());
  const kept = [[tabId(), { yaml, scenarioId, savedAt: now() }] as const, ...[...tabs].sort((a, b) => b[1].savedAt - a[1].savedAt)];
  for (const [, evicted] of kept.splice(MAX_SAVED_TABS)) addRecentScenario(evicted);
  // Storage full: drop other tabs' oldest texts (they are in the history) before giving up ours.
  while (!writeJson(AUTOSAVE_KEY, Object.fromEntries(kept)) && kept.length > 1) addRecentScenario(kept.pop()![1]);
}


/**
 * Starts saving. `isPristine(yaml)` is true for an unchanged built-in example: replacing one is
 * not losing work, so it does not enter the history.
 */
export function startAutosave(isPristine: (yaml: string) => boolean, now: () => number = Date.now): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    save(now);
  };
  let loads = scenarioLoadCount();
  const unsubscribe = useAppStore.subscribe((s, p) => {
    // A load (example, link, file, restore) replaced the text at once: keep what it replaced.
    const replaced = scenarioLoadCount() !== loads;
    loads = scenarioLoadCount();
    if (s.scenario.yaml === p.scenario.yaml && s.scenario.scenarioId === p.scenario.scenarioId) return;
    if (replaced && s.scenario.yaml !== p.scenario.yaml && p.scenario.yaml.trim() !== '' && !isPristine(p.scenario.yaml)) {
      const entry = { yaml: p.scenario.yaml, scenarioId: p.scenario.scenarioId, savedAt: now() };
      addRecentScenario(entry);
      setPreviousWork(entry);
    }
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      save(now);
    }, AUTOSAVE_DELAY_MS);
  });
  const onHidden = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onHidden);
  return () => {
    flush();
    unsubscribe();
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onHidden);
  };
}
