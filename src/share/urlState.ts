/**
 * The address bar and the store, outside React: `restoreFromUrl()` reads `location` once at
 * start (permalink, `?example=`, or the default example); `startUrlSync()` then keeps the URL
 * current with a debounced `history.replaceState` (no history entry per keystroke) and loads a
 * permalink pasted into the address bar of the open tab (one undoable edit).
 */
import type { ScenarioEntry } from '../state/slices/scenario.ts';
import { getAppState, useAppStore, type AppState } from '../state/store.ts';
import { applySharedState, loadYamlText } from './applySharedState.ts';
import { showNotice } from './notices.ts';
import { loadedLinkCodec, loadLinkCodec } from './loadLinkCodec.ts';
import { resolveStartup, type Startup } from './startupScenario.ts';

export const URL_WRITE_DELAY_MS = 300;

export async function restoreFromUrl(scenarios: readonly ScenarioEntry[], location: { hash: string; search: string } = window.location): Promise<void> {
  applyStartup(await resolveStartup(location, scenarios), scenarios);
}

/** Loads what `resolveStartup` decided (the caller may decide first, e.g. to restore autosaved work). */
export function applyStartup(startup: Startup, scenarios: readonly ScenarioEntry[]): void {
  if (startup.kind === 'link') {
    applySharedState(startup.state, scenarios);
    return;
  }
  if (startup.scenario) loadYamlText(startup.scenario.yaml, scenarios);
  if (startup.kind === 'default' && startup.error) showNotice('error', startup.error);
}

/** What in the store the URL depends on (the text once committed, and the shared view fields). */
function urlInputsChanged(s: AppState, p: AppState): boolean {
  return s.scenario.committedYaml !== p.scenario.committedYaml
    || s.scenario.scenarioId !== p.scenario.scenarioId
    || s.view.seed !== p.view.seed
    || s.view.speed !== p.view.speed
    || s.view.panelTab !== p.view.panelTab
    || s.view.selectedClient !== p.view.selectedClient
    || s.view.playing !== p.view.playing
    || s.view.split !== p.view.split;
}

export function startUrlSync(scenarios: readonly ScenarioEntry[]): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ownHash = window.location.hash;

  // The permalink codec is a lazy chunk (preloaded on idle): a write before it is there waits for it.
  const write = () => {
    timer = undefined;
    const codec = loadedLinkCodec();
    if (!codec) {
      loadLinkCodec().then(write, () => {});
      return;
    }
    const url = codec.urlForState(getAppState(), window.location, scenarios);
    const current = window.location.pathname + window.location.search + window.location.hash;
    if (url !== current) window.history.replaceState(window.history.state, '', url);
    ownHash = window.location.hash;
  };
  const flush = () => {
    if (timer !== undefined) {
      clearTimeout(timer);
      write();
    }
  };

  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (!urlInputsChanged(state, previous)) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(write, URL_WRITE_DELAY_MS);
  });

  // A permalink pasted into the address bar of this tab changes only the fragment: no reload.
  const onHashChange = () => {
    const hash = window.location.hash;
    if (hash === ownHash || hash.length <= 1) return;
    ownHash = hash;
    loadLinkCodec().then(({ decodePermalink }) => {
      const decoded = decodePermalink(hash);
      if (decoded.ok) {
        applySharedState(decoded.state, scenarios);
        showNotice('info', 'Loaded the scenario from the link. Ctrl+Z in the editor brings back the previous text.');
      } else {
        showNotice('error', `${decoded.error} Nothing was loaded from it.`);
      }
    }, () => showNotice('error', 'This link could not be opened: a part of the playground did not load (is the network down?).'));
  };

  window.addEventListener('hashchange', onHashChange);
  window.addEventListener('pagehide', flush);
  return () => {
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
    window.removeEventListener('hashchange', onHashChange);
    window.removeEventListener('pagehide', flush);
  };
}
