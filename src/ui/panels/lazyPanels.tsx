import { lazyComponent } from '../lazy/lazyComponent.tsx';
import { lazyModule } from '../lazy/lazyModule.ts';
import type { PanelContents } from './BottomPanel.tsx';

/**
 * The tabs with live content, each in its own chunk (Stats and Hash bring d3): the first graph
 * paint needs none of them. The open tab loads as it mounts (Stats, by default, while the engine
 * worker boots); the rest load on idle after the first graph paint (main.tsx), so switching tabs
 * does not wait. Render them under a <Suspense> (BottomPanel has one).
 */
export const statsPanel = lazyModule(() => import('./stats/StatsPanel.tsx'));
export const tracePanel = lazyModule(() => import('./trace/TracePanel.tsx'));
export const testsPanel = lazyModule(() => import('./tests/TestsPanel.tsx'));
export const hashPanel = lazyModule(() => import('./hash/HashPanel.tsx'));

export const PANEL_MODULES = [statsPanel, tracePanel, testsPanel, hashPanel];

export const LazyStatsPanel = lazyComponent(statsPanel, (m) => m.StatsPanel);
const LazyTracePanel = lazyComponent(tracePanel, (m) => m.TracePanel);
const LazyTestsPanel = lazyComponent(testsPanel, (m) => m.TestsPanel);
const LazyHashPanel = lazyComponent(hashPanel, (m) => m.HashPanel);

/** Bottom-panel tab contents (Problems has its own, in the entry: its count is on the tab). */
export const LAZY_PANELS: PanelContents = {
  stats: <LazyStatsPanel />,
  trace: <LazyTracePanel />,
  tests: <LazyTestsPanel />,
  hash: <LazyHashPanel />,
};
