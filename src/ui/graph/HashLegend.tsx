import { useHashLegend } from '../particles/useHashLegend.ts';

/**
 * Under consistent hashing the dots are coloured by hash key: which colour is which key. A strip
 * under the canvas (not over it), so it never covers a node.
 */
export function HashLegend() {
  const entries = useHashLegend();
  if (entries.length === 0) return null;
  return (
    <div className="tg-legend" role="group" aria-label="Dot colours by hash key">
      <span className="tg-legend-title">dots by hash key</span>
      {entries.map((entry) => (
        <span key={entry.label} className="tg-legend-item" title={entry.podIds.length ? `lands on ${entry.podIds.length} pod(s)` : undefined}>
          <span className="tg-legend-dot" style={{ background: entry.colour }} aria-hidden="true" />
          <code>{entry.label}</code>
        </span>
      ))}
    </div>
  );
}
