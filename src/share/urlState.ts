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

/**
 * Keeps the address bar current. A link that arrives meanwhile (pasted into the address bar, set
 * by script, back/forward) always wins: a write still pending for the text it replaces is
 * dropped, and no write happens while the address bar holds a fragment this tab has not handled
 * yet (the `hashchange` event is queued as a task; a timer may run before it). Once the link is
 * loaded the address bar keeps it as it is, until the next change. A link that does not load
 * (damaged, or its chunk missing) replaces nothing, so a write it held back is made after all.
 */
export function startUrlSync(scenarios: readonly ScenarioEntry[]): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The fragment as this tab last wrote or loaded it; any other one is a link not handled yet. */
  let ownHash = window.location.hash;
  /** The link being loaded (its codec may still be on the way); a newer one supersedes it. */
  let incoming: string | null = null;
  /** A write held back for an incoming link: dropped if the link loads, made if it does not. */
  let owed = false;
  let stopped = false;

  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      write();
    }, URL_WRITE_DELAY_MS);
  };

  // The permalink codec is a lazy chunk (preloaded on idle): a write before it is there waits for it.
  const write = () => {
    if (stopped) return;
    if (incoming !== null || window.location.hash !== ownHash) {
      owed = true;
      return;
    }
    const codec = loadedLinkCodec();
    if (!codec) {
      // A write scheduled meanwhile makes this one (with the newer state) itself.
      loadLinkCodec().then(() => { if (timer === undefined) write(); }, () => {});
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
      timer = undefined;
      write();
    }
  };
  /** The incoming link replaced nothing: make the write it held back. */
  const payOwed = () => {
    if (!owed) return;
    owed = false;
    schedule();
  };

  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (urlInputsChanged(state, previous)) schedule();
  });

  // A permalink pasted into the address bar of this tab changes only the fragment: no reload.
  const onHashChange = () => {
    const hash = window.location.hash;
    if (hash === ownHash) return;
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
      owed = true;
    }
    ownHash = hash;
    if (hash.length <= 1) {
      incoming = null;
      payOwed();
      return;
    }
    incoming = hash;
    loadLinkCodec().then(({ decodePermalink }) => {
      if (stopped || incoming !== hash) return;
      incoming = null;
      const decoded = decodePermalink(hash);
      if (decoded.ok) {
        applySharedState(decoded.state, scenarios);
        // The address bar already holds this state: nothing to write until the next change.
        if (timer !== undefined) clearTimeout(timer);
        timer = undefined;
        owed = false;
        showNotice('info', 'Loaded the scenario from the link. Ctrl+Z in the editor brings back the previous text.');
      } else {
        payOwed();
        showNotice('error', `${decoded.error} Nothing was loaded from it.`);
      }
    }, () => {
      if (stopped || incoming !== hash) return;
      incoming = null;
      payOwed();
      showNotice('error', 'This link could not be opened: a part of the playground did not load (is the network down?).');
    });
  };

  window.addEventListener('hashchange', onHashChange);
  window.addEventListener('pagehide', flush);
  return () => {
    stopped = true;
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
    window.removeEventListener('hashchange', onHashChange);
    window.removeEventListener('pagehide', flush);
  };
}
