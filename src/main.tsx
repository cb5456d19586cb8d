import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { scenarios } from './scenarios/index.ts';
import { loadScenario } from './state/actions/scenario.ts';
import { getAppState } from './state/store.ts';
import { App } from './ui/App.tsx';
import { TrafficGraph } from './ui/graph/TrafficGraph.tsx';
import { StatsPanel } from './ui/panels/stats/StatsPanel.tsx';
import { TestsPanel } from './ui/panels/tests/TestsPanel.tsx';
import { TracePanel } from './ui/panels/trace/TracePanel.tsx';
import { applyTheme } from './ui/theme/applyTheme.ts';
import { getSystemTheme } from './ui/theme/systemTheme.ts';
import { startEngineBridge } from './worker/client.ts';

// Colours before the first paint, so a dark system theme does not flash white.
applyTheme(getSystemTheme());
if (scenarios[0]) loadScenario(scenarios[0]);
// The engine runs in a worker; its results (topology, caption, live stats) land in the store.
startEngineBridge();

// Read-only hook for end-to-end tests and the console: the editor's text (the store mirrors
// Monaco's model on every change).
(window as Window & { __itp?: { yaml(): string } }).__itp = { yaml: () => getAppState().scenario.yaml };

// Bottom-panel tabs with live content (Problems and Hash have their own).
const panels = { stats: <StatsPanel />, trace: <TracePanel />, tests: <TestsPanel /> };

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App scenarios={scenarios} graph={<TrafficGraph />} panels={panels} />
  </StrictMode>,
);
