import { toggleBoxPods } from '../../../state/actions/view.ts';
import type { PodSummary } from '../lod/podSummary.ts';
import { TEST_IDS } from '../../testIds.ts';

/** Keeps Enter/Space on a control inside a node from selecting the node (React Flow's key handler). */
export const stopNodeKeys = {
  onKeyDown: (event: React.KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') event.stopPropagation();
  },
};

/** A click handler that does not also select the node around the control. */
export const only = (action: () => void) => (event: React.MouseEvent) => {
  event.stopPropagation();
  action();
};

/**
 * A large mesh's subset box summarises its pods in a row: how many (and how many are ready),
 * a bar per pod by requests served (grey: not ready), and a button that shows or hides the
 * box's pods as nodes.
 */
export function PodSummaryRow({ clusterId, title, summary }: { clusterId: string; title: string; summary: PodSummary }) {
  const { pods, ready, served, bars, expanded } = summary;
  const max = Math.max(1, ...bars);
  const what = `${pods} ${pods === 1 ? 'pod' : 'pods'}`;
  return (
    <div className="tg-pod-summary" data-testid={TEST_IDS.podSummary} data-pods={pods} data-ready={ready} data-served={served}>
      <span className="tg-sub tg-nowrap">{what} · {ready} ready</span>
      <span className="tg-row">
        <span className="tg-pod-bars" role="img" aria-label={`${served.toLocaleString('en-US')} requests served by ${what}`} title={`Requests per pod (${served.toLocaleString('en-US')} in all); grey: not ready`}>
          {bars.map((n, i) => (
            <i key={i} className={n < 0 ? 'is-down' : undefined} style={{ height: n < 0 ? '100%' : `${Math.max(8, (100 * n) / max)}%` }} />
          ))}
        </span>
        <button
          type="button"
          className="tg-expand nodrag nopan"
          aria-expanded={expanded}
          aria-label={`${expanded ? 'Hide' : 'Show'} the ${what} of ${title}`}
          title={expanded ? 'Hide the pods' : 'Show the pods'}
          data-testid={TEST_IDS.podSummaryToggle}
          onClick={only(() => toggleBoxPods(clusterId))}
          {...stopNodeKeys}
        >
          {expanded ? 'hide ▴' : 'show ▾'}
        </button>
      </span>
    </div>
  );
}
