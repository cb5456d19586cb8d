import type { HashSpaceView } from '../../../worker/protocol.ts';
import { TEST_IDS } from '../../testIds.ts';
import { changeExplanation, percent, podChangeSummary } from './hashModel.ts';

/** "Keys that moved" since the cluster's pods last changed, with why (ring hash vs Maglev). */
export function MovedKeys({ space, names }: { space: HashSpaceView; names: ReadonlyMap<string, string> }) {
  const change = space.change;
  if (!change) {
    return (
      <p className="hash-note">
        Scale a Deployment (its <code>replicas</code>, or the − / + stepper on the graph) or remove a pod: the keys that
        change pods will be listed here. {space.algorithm === 'MAGLEV'
          ? 'Maglev moves about 1/N of the keys when one of N pods goes.'
          : 'Ring hash can move more than 1/N of the keys when one of N pods goes.'}
      </p>
    );
  }
  const short = (n: string) => names.get(n) ?? n;
  return (
    <div data-testid={TEST_IDS.hashMoved} data-count={change.moved.length}>
      <p className="hash-change-summary">
        Revision {change.fromRevision} → {change.toRevision}: {podChangeSummary(change, names)}.{' '}
        <strong>{change.moved.length} of {change.compared} keys moved</strong> ({percent(change.fraction, 0)}).
      </p>
      {change.moved.length > 0 && (
        <ul className="hash-moved-list">
          {change.moved.map((m) => (
            <li key={m.label} data-testid={TEST_IDS.hashMovedItem} data-label={m.label} data-from={m.fromPod} data-to={m.toPod}>
              <span className="mono">{m.label}</span>: <span className="mono">{short(m.fromPod)}</span> → <span className="mono">{short(m.toPod)}</span>
              {!m.podGone && <span className="hash-tag" title="Its old pod still exists: a new ring point took the key">pod still there</span>}
            </li>
          ))}
        </ul>
      )}
      <p className="hash-note">{changeExplanation(space, change)}</p>
    </div>
  );
}
