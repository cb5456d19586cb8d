import { lazyComponent } from '../lazy/lazyComponent.tsx';
import { lazyModule } from '../lazy/lazyModule.ts';
import type { PanelContents } from './BottomPanel.tsx';

/**
 * The tabs' contents, each in its own chunk (Stats and Hash bring d3): the first graph
 * paint needs none of them. The open tab loads as it mounts (Stats, by default, while the engine
 * worker boots); the rest load on idle after the first graph paint (main.tsx), so switching tabs
 * does not wait. Render them under a <Suspense> (BottomPanel has one).
 */
export const statsPanel = lazyModule(() => import('./stats/StatsPanel.tsx'));
export const tracePanel = lazyModule(() => import('./trace/TracePanel.tsx'));
export const testsPanel = lazyModule(() => import('./tests/TestsPanel.tsx'));
export const hashPanel = lazyModule(() => import('./hash/HashPanel.tsx'));
export const problemsPanel = lazyModule(() => import('./ProblemsPanel.tsx'));

export const PANEL_MODULES = [statsPanel, tracePanel, testsPanel, hashPanel, problemsPanel];

export const LazyStatsPanel = lazyComponent(statsPanel, (m) => m.StatsPanel);
const LazyTracePanel = lazyComponent(tracePanel, (m) => m.TracePanel);
const LazyTestsPanel = lazyComponent(testsPanel, (m) => m.TestsPanel);
const LazyHashPanel = lazyComponent(hashPanel, (m) => m.HashPanel);
const LazyProblemsPanel = lazyComponent(problemsPanel, (m) => m.ProblemsPanel);

/** Bottom-panel tab contents (the Problems count on its tab is BottomPanel's own, not lazy). */
export const LAZY_PANELS: PanelContents = {
  stats: <LazyStatsPanel />,
  trace: <LazyTracePanel />,
  problems: <LazyProblemsPanel />,
  tests: <LazyTestsPanel />,
  hash: <LazyHashPanel />,
};
