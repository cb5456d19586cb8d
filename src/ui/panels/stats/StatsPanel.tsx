import { useMemo } from 'react';
import { useAppStore } from '../../../state/store.ts';
import { resetLiveCounters } from '../../../worker/client.ts';
import { TEST_IDS } from '../../testIds.ts';
import { ShareTableHost, SplitSeriesHost } from './ChartHosts.tsx';
import { HashKeyTable } from './HashKeyTable.tsx';
import { buildStatsView, formatCount, formatShare, STATS_ROWS_SHOWN } from './statsModel.ts';
import './StatsPanel.css';

/** Stats tab: observed vs expected shares per subset and pod, the split over time, status codes. */
export function StatsPanel() {
  const topology = useAppStore((s) => s.engine.topology);
  const live = useAppStore((s) => s.engine.live);
  const view = useMemo(() => buildStatsView(topology, live, STATS_ROWS_SHOWN), [topology, live]);
  const keys = useMemo(() => {
    const sum = view.subsets.reduce((a, r) => a + r.expected, 0);
    return view.subsets.map((r) => ({ id: r.id, label: r.label, colourIndex: r.colourIndex, expected: sum > 0 ? r.expected / sum : 0 }));
  }, [view.subsets]);

  if (!topology) return <p className="panel-placeholder">Waiting for the engine…</p>;
  if (topology.clients.length === 0) return <p className="panel-placeholder">No Traffic object sends requests: add one (kind: Traffic) to see live numbers.</p>;

  return (
    <div className="stats-panel" data-testid={TEST_IDS.statsPanel}>
      <header className="stats-header">
        <span className="stats-total" data-testid={TEST_IDS.statsTotal} data-count={view.total}>
          <strong>{formatCount(view.total)}</strong> requests
        </span>
        <ul className="stats-status" aria-label="Status codes">
          {view.status.map((s) => (
            <li key={s.code} data-testid={TEST_IDS.statsStatusItem} data-code={s.code} data-count={s.count}>
              <span className={`status-code ${s.ok ? 'is-ok' : 'is-error'}`}>{s.code === '0' ? '—' : s.code}</span>
              <span className="status-label">{s.label}</span>
              <strong>{formatCount(s.count)}</strong>
              <span className="status-share">{formatShare(s.share)}</span>
            </li>
          ))}
        </ul>
        <span className="stats-note" title="The shaded band is where the observed share falls 95 % of the time by chance alone (±2 binomial standard deviations at this sample size); the tick is the expected share.">
          <i className="band-key" aria-hidden="true" /> chance range (±2σ) · <i className="tick-key" aria-hidden="true" /> expected
        </span>
        <button type="button" className="text-button stats-reset" data-testid={TEST_IDS.statsReset} onClick={resetLiveCounters}>
          Reset counters
        </button>
      </header>
      <div className="stats-grid">
        <section className="stats-card" aria-label="Subsets">
          <ShareTableHost rows={view.subsets} more={view.subsetsMore} title="Subsets" rowTestId={TEST_IDS.statsSubsetRow} />
        </section>
        <section className="stats-card" aria-label="Pods">
          <ShareTableHost rows={view.pods} more={view.podsMore} title="Pods" rowTestId={TEST_IDS.statsPodRow} />
        </section>
        {/* With consistent hashing and a single cluster the split is always 100 %: show the keys instead. */}
        {(view.subsets.length > 1 || Object.keys(live.hashKeys).length === 0) && (
          <section className="stats-card" aria-label="Split over time">
            <h2>Split per second · last 60 s</h2>
            <SplitSeriesHost points={view.series} keys={keys} testId={TEST_IDS.statsSeries} />
          </section>
        )}
        <HashKeyTable topology={topology} live={live} />
      </div>
    </div>
  );
}
