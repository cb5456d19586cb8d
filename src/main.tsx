import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { scenarios } from './scenarios/index.ts';
import { loadScenario } from './state/actions/scenario.ts';
import { App } from './ui/App.tsx';
import { applyTheme } from './ui/theme/applyTheme.ts';
import { getSystemTheme } from './ui/theme/systemTheme.ts';

// Colours before the first paint, so a dark system theme does not flash white.
applyTheme(getSystemTheme());
if (scenarios[0]) loadScenario(scenarios[0]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App scenarios={scenarios} />
  </StrictMode>,
);
