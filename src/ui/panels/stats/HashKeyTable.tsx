import { useMemo } from 'react';
import type { Topology } from '../../../engine/topology/types.ts';
import type { LiveStats } from '../../../worker/liveStats.ts';
import { TEST_IDS } from '../../testIds.ts';
import { podNamer } from '../../graph/model/shortPodName.ts';

/** How many hash keys the card lists (the worker tracks up to its own cap). */
const MAX_ROWS = 12;

interface KeyRow {
  label: string;
  requests: number;
  pods: string[];
}

/**
 * Consistent hashing, observed: each hash key value, how many requests carried it and which pods
 * they reached. "One pod" is the promise of consistentHash; a key on several pods means the
 * endpoints changed (scale, kill) or the key was generated per request (a cookie without a jar).
 */
export function HashKeyTable({ topology, live }: { topology: Topology; live: LiveStats }) {
  const rows = useMemo(() => buildRows(topology, live), [topology, live]);
  if (rows.length === 0) return null;
  const sticky = rows.filter((r) => r.pods.length === 1).length;
  return (
    <section className="stats-card stats-hash-keys" aria-label="Hash keys">
      <h2>Hash keys · {sticky} of {rows.length} on one pod</h2>
      <table className="hash-key-table">
        <thead>
          <tr><th scope="col">Key</th><th scope="col">Requests</th><th scope="col">Pods reached</th></tr>
        </thead>
        <tbody>
          {rows.slice(0, MAX_ROWS).map((r) => (
            <tr key={r.label} data-testid={TEST_IDS.statsHashKeyRow} data-key={r.label} data-pods={r.pods.length} data-count={r.requests}>
              <td className="hash-key-label" title={r.label}>{r.label}</td>
              <td className="hash-key-count">{r.requests.toLocaleString('en')}</td>
              <td className={r.pods.length > 1 ? 'hash-key-pods is-spread' : 'hash-key-pods'} title={r.pods.join(', ')}>
                {r.pods.length === 1 ? r.pods[0] : `${r.pods.length} pods`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > MAX_ROWS && <p className="hash-key-more">and {rows.length - MAX_ROWS} more keys</p>}
    </section>
  );
}

function buildRows(topology: Topology, live: LiveStats): KeyRow[] {
  // The graph's short pod names (v1-b97nq), so the two read the same.
  const name = podNamer(topology.pods);
  const podName = new Map(topology.pods.map((p) => [p.id, name(p.name)]));
  const requests = new Map<string, number>();
  for (const perKey of Object.values(live.byHashKey ?? {})) {
    for (const [label, n] of Object.entries(perKey)) requests.set(label, (requests.get(label) ?? 0) + n);
  }
  return Object.entries(live.hashKeys)
    .map(([label, podIds]) => ({ label, requests: requests.get(label) ?? 0, pods: [...new Set(podIds.map((id) => podName.get(id) ?? id))] }))
    .sort((a, b) => b.requests - a.requests || a.label.localeCompare(b.label));
}
