import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { scenarios } from './scenarios/index.ts';
import { loadScenario } from './state/actions/scenario.ts';
import { App } from './ui/App.tsx';
import { applyTheme } from './ui/theme/applyTheme.ts';
import { getSystemTheme } from './ui/theme/systemTheme.ts';
import { StatsPanel } from './ui/panels/stats/StatsPanel.tsx';
import { TracePanel } from './ui/panels/trace/TracePanel.tsx';
import { startEngineBridge } from './worker/client.ts';

// Colours before the first paint, so a dark system theme does not flash white.
applyTheme(getSystemTheme());
if (scenarios[0]) loadScenario(scenarios[0]);
// The engine runs in a worker; its results (topology, caption, live stats) land in the store.
startEngineBridge();

// Bottom-panel tabs with live content (Problems, Tests and Hash have their own).
const panels = { stats: <StatsPanel />, trace: <TracePanel /> };

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App scenarios={scenarios} panels={panels} />
  </StrictMode>,
);
