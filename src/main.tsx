import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { scenarios } from './scenarios/index.ts';
import { GraphPaintMarks } from './perf/GraphPaintMarks.tsx';
import { parseEmbedParams, shouldAutoplay } from './share/embedParams.ts';
import { linkCodecPreload } from './share/loadLinkCodec.ts';
import { startUrlSync } from './share/urlState.ts';
import { setPlaying, setThemeChoice } from './state/actions/view.ts';
import { getAppState } from './state/store.ts';
import { App } from './ui/App.tsx';
import { quickFixes } from './ui/editor/quickFixes/quickFixes.ts';
import { TrafficGraph } from './ui/graph/TrafficGraph.tsx';
import { graphYaml } from './ui/graph/yamlEdits/graphYaml.ts';
import { startWithSavedWork } from './ui/recent/restoreWork.ts';
import { preloadAfterFirstGraph } from './ui/lazy/preloadAfterFirstGraph.ts';
import { LAZY_PANELS, PANEL_MODULES, statsPanel } from './ui/panels/lazyPanels.tsx';
import { shareFeatures } from './ui/share/shareFeaturesLoader.ts';
import { applyTheme } from './ui/theme/applyTheme.ts';
import { getSystemTheme } from './ui/theme/systemTheme.ts';
import { runRequestsNow, startEngineBridge } from './worker/client.ts';

// `?embed=1&view=…&theme=…`: the compact embed instead of the full playground.
const embed = parseEmbedParams(window.location.search);
if (embed.theme) setThemeChoice(embed.theme);
// Colours before the first paint, so a dark system theme does not flash white.
applyTheme(embed.theme ?? getSystemTheme());
// The embed view is its own chunk: the full playground never loads it. An embed that shows the
// Stats panel asks for that chunk at the same time, so both are in before the engine answers.
const embedApp = embed.embed ? import('./ui/embed/EmbedApp.tsx') : undefined;
if (embed.embed && embed.panel === 'stats') statsPanel.preload();

// Hook for end-to-end tests and the console: the editor's text (the store mirrors Monaco's model
// on every change), "route the next N requests now" for exact comparisons, and whether the
// engine runs that very text (requests routed before then go to the previous revision).
(window as Window & { __itp?: { yaml(): string; runRequests(count: number): void; engineSynced(): boolean } }).__itp = {
  yaml: () => getAppState().scenario.yaml,
  runRequests: runRequestsNow,
  engineSynced: () => {
    const { scenario, engine } = getAppState();
    return engine.status === 'ready' && engine.forYaml === scenario.yaml;
  },
};

// Chunks a click may need soon, loaded on idle once the first graph is drawn (an embed has no
// tabs and no menus; its "Open in playground" link asks for the permalink codec itself).
preloadAfterFirstGraph(embed.embed ? [quickFixes, graphYaml] : [graphYaml, quickFixes, ...PANEL_MODULES, shareFeatures, linkCodecPreload]);

/**
 * Loads the scenario, starts the engine, renders. It waits only for a permalink's decoder or the
 * embed view (lazy chunks). An async function, not top-level await: with that, Rolldown turns off
 * its chunk optimizations.
 */
async function start(): Promise<void> {
  // The scenario: a permalink (#v1/…), else ?example=<id>, else the work autosaved last time, else
  // the first example. Autosave starts here (not in embeds). The page never paints another
  // scenario first.
  await startWithSavedWork(scenarios, { embed: embed.embed });
  // An embed starts paused and plays once it is on screen (EmbedApp).
  if (embed.embed) setPlaying(false);
  // The engine runs in a worker; its results (topology, caption, live stats) land in the store.
  startEngineBridge();
  // The address bar follows the scenario (debounced history.replaceState).
  if (!embed.embed) startUrlSync(scenarios);

  const root = createRoot(document.getElementById('root')!);
  if (embedApp) {
    const { EmbedApp } = await embedApp;
    const autoplay = shouldAutoplay(embed, window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false);
    root.render(<StrictMode><EmbedApp params={embed} autoplay={autoplay} /></StrictMode>);
  } else {
    root.render(<StrictMode><App scenarios={scenarios} graph={<><TrafficGraph /><GraphPaintMarks /></>} panels={LAZY_PANELS} /></StrictMode>);
  }
}

void start();
