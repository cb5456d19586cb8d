import { useMemo } from 'react';
import { useAppStore } from '../../state/store.ts';
import { buildStatsView, formatCount, formatShare } from '../panels/stats/statsModel.ts';
import { TEST_IDS } from '../testIds.ts';

/** One line of numbers under an embedded graph: requests, observed vs expected share per subset, failures. */
export function StatsStrip({ totalOnly = false }: { totalOnly?: boolean }) {
  const topology = useAppStore((s) => s.engine.topology);
  const live = useAppStore((s) => s.engine.live);
  const view = useMemo(() => buildStatsView(topology, live), [topology, live]);
  const failed = view.status.filter((s) => !s.ok);
  const title = [
    `${formatCount(view.total)} requests`,
    ...view.subsets.map((r) => `${r.label}: ${formatShare(r.share)} observed, ${formatShare(r.expected)} expected`),
    ...failed.map((s) => `${s.code === '0' ? 'no response' : s.code}: ${formatShare(s.share)}`),
  ].join(' · ');
  return (
    <p className="embed-stats" data-testid={TEST_IDS.embedStats} data-count={view.total} title={title} aria-label={title}>
      <span className="embed-stats-total"><strong>{formatCount(view.total)}</strong> requests</span>
      {!totalOnly && view.subsets.map((r) => (
        <span key={r.id} className="embed-stats-item">
          <i className="embed-stats-dot" style={{ background: `var(--cat-${r.colourIndex % 8})` }} aria-hidden="true" />
          <span className="embed-stats-label">{r.label}</span> <strong>{formatShare(r.share)}</strong>
          <span className="embed-stats-expected">(exp. {formatShare(r.expected)})</span>
        </span>
      ))}
      {!totalOnly && failed.map((s) => (
        <span key={s.code} className="embed-stats-item is-error">
          {s.code === '0' ? 'no response' : s.code} <strong>{formatShare(s.share)}</strong>
        </span>
      ))}
    </p>
  );
}
