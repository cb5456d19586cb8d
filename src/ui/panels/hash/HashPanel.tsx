import { useMemo, useState } from 'react';
import { useAppStore } from '../../../state/store.ts';
import { requestHashSpace } from '../../../worker/client.ts';
import { TEST_IDS } from '../../testIds.ts';
import { HashChart } from './HashChart.tsx';
import { HashShareTable } from './HashShareTable.tsx';
import { clusterTitle, hashClusters, spaceNames } from './hashModel.ts';
import { MovedKeys } from './MovedKeys.tsx';
import { useHashSpace, type HashPanelApi } from './useHashSpace.ts';
import './HashPanel.css';

const engineApi: HashPanelApi = { requestHashSpace };

/** Hash tab: a consistent-hash cluster's ring (or Maglev table), each pod's share, where keys land, which keys moved. */
export function HashPanel({ api = engineApi }: { api?: HashPanelApi }) {
  const topology = useAppStore((s) => s.engine.topology);
  const revision = useAppStore((s) => s.engine.revision);
  const clusters = useMemo(() => hashClusters(topology), [topology]);
  const [picked, setPicked] = useState<string | null>(null);
  const clusterId = (clusters.find((c) => c.id === picked) ?? clusters[0])?.id;
  const liveKeys = useAppStore((s) => (clusterId ? Object.keys(s.engine.live.byHashKey[clusterId] ?? {}).length : 0));
  const liveByPod = useAppStore((s) => s.engine.live.byPod);
  const space = useHashSpace(api, clusterId, revision, liveKeys);
  const names = useMemo(() => (space && topology ? spaceNames(space, topology.pods) : new Map<string, string>()), [space, topology]);
  const podNames = useMemo(() => space?.endpoints.map((e) => names.get(e.name) ?? e.name) ?? [], [space, names]);

  if (!topology) return <p className="panel-placeholder">Waiting for the engine…</p>;
  if (clusters.length === 0) {
    return (
      <p className="panel-placeholder" data-testid={TEST_IDS.hashEmpty}>
        No DestinationRule in this scenario uses <code>consistentHash</code>, so no pod is chosen by a hash. Open the{' '}
        <strong>consistent-hash</strong> example (ring hash on a header) or <strong>sticky-header-maglev</strong> (a Maglev
        table) from the scenario picker, or add <code>trafficPolicy.loadBalancer.consistentHash</code> to a DestinationRule.
      </p>
    );
  }

  return (
    <div className="hash-panel" data-testid={TEST_IDS.hashPanel}>
      <header className="hash-header">
        <label className="hash-picker">
          <span>Cluster</span>
          <select value={clusterId} onChange={(e) => setPicked(e.target.value)} data-testid={TEST_IDS.hashClusterPicker}>
            {clusters.map((c) => <option key={c.id} value={c.id}>{clusterTitle(c.name)}</option>)}
          </select>
        </label>
        {space && (
          <span className="hash-summary">
            <strong>{space.policyLabel}</strong> ·{' '}
            {space.algorithm === 'MAGLEV'
              ? `table of ${space.size.toLocaleString('en-US')} slots (prime)`
              : `${space.size.toLocaleString('en-US')} points on the ring (minimum ${space.minRingSize})`}
            {' '}· {space.endpoints.length} pods · {space.keys.length} keys
          </span>
        )}
      </header>
      {space ? (
        <div className={`hash-body ${space.algorithm === 'MAGLEV' ? 'is-strip' : 'is-ring'}`}>
          <HashChart space={space} podNames={podNames} />
          <section className="hash-card" aria-label="Share of the hash space per pod" tabIndex={0}>
            <HashShareTable space={space} podNames={podNames} liveByPod={liveByPod} />
          </section>
          <section className="hash-card" aria-labelledby="hash-moved-title" tabIndex={0}>
            <h2 id="hash-moved-title">Keys that moved</h2>
            <MovedKeys space={space} names={names} />
          </section>
        </div>
      ) : (
        <p className="panel-placeholder">Building the hash table…</p>
      )}
    </div>
  );
}
