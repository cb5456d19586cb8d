/**
 * Plain data for the Hash tab: which topology clusters hash, the pods' short names, and the sentences
 * that explain a change of pods. No React, no d3.
 */
import type { TopoCluster, TopoPod, Topology } from '../../../engine/topology/types.ts';
import type { HashChange } from '../../../worker/hashHistory.ts';
import type { HashSpaceView } from '../../../worker/protocol.ts';
import { isHashLb } from '../../../engine/topology/isHashLb.ts';
import { podNamer } from '../../graph/model/shortPodName.ts';

export const isHashCluster = (c: TopoCluster) => isHashLb(c.lbLabel);

/**
 * Consistent-hash clusters of the topology, busiest Service first (its configured rate, then
 * graph order: the ranking the graph uses to pick the Services it draws on a large mesh), so
 * the tab opens on a cluster the graph shows.
 */
export function hashClusters(topology: Topology | null): TopoCluster[] {
  if (!topology) return [];
  const rate = new Map(topology.services.map((s) => [s.id, s.rate]));
  return topology.clusters.filter(isHashCluster).sort((a, b) => (rate.get(b.serviceId) ?? 0) - (rate.get(a.serviceId) ?? 0));
}

/** `outbound|8080|v1|reviews.default.svc.cluster.local` -> `reviews.default · v1 · 8080`. */
export function clusterTitle(name: string): string {
  const [, port, subset, host] = name.split('|');
  const short = (host ?? name).replace(/\.svc\.cluster\.local$/, '');
  return [short, subset, port].filter(Boolean).join(' · ');
}

/**
 * Short names for the space's pods and for those a change mentions (removed pods included): what
 * the graph and the Stats tab call them (`v1-b97nq`), named relative to the whole mesh's `pods`.
 */
export function spaceNames(space: HashSpaceView, pods: readonly Pick<TopoPod, 'name' | 'deployment'>[]): Map<string, string> {
  const c = space.change;
  const name = podNamer(pods);
  const all = [...space.endpoints.map((e) => e.name), ...(c ? [...c.removedPods, ...c.addedPods, ...c.moved.flatMap((m) => [m.fromPod, m.toPod])] : [])];
  return new Map(all.map((n) => [n, name(n)]));
}

export const percent = (x: number, digits = 1) => `${(x * 100).toFixed(digits)} %`;

/** '6 → 5 pods, v2-tl7q8 removed'. */
export function podChangeSummary(change: HashChange, names: ReadonlyMap<string, string>): string {
  const parts = [`${change.podsBefore} → ${change.podsAfter} pods`];
  const list = (xs: string[]) => xs.map((n) => names.get(n) ?? n).join(', ');
  if (change.removedPods.length) parts.push(`${list(change.removedPods)} removed`);
  if (change.addedPods.length) parts.push(`${list(change.addedPods)} added`);
  return parts.join(', ');
}

/** Why this many keys moved: ring hash re-deals points, Maglev keeps most slots. */
export function changeExplanation(space: HashSpaceView, change: HashChange): string {
  const n = Math.max(change.podsBefore, change.podsAfter);
  const space$ = percent(change.spaceMoved);
  if (space.algorithm === 'MAGLEV') {
    return `Maglev refills its ${space.size}-slot table keeping most slots where they were: ${space$} of the slots changed pods, ` +
      `close to 1/${n} (${percent(1 / n)}), the departing or arriving pod's share. Other keys stay put.`;
  }
  const min = space.minRingSize ?? 1024;
  const per = (pods: number) => (pods > 0 ? Math.ceil(min / pods) : 0);
  return `Ring hash re-deals the ring: each pod now has ${per(change.podsAfter)} points instead of ${per(change.podsBefore)} ` +
    `(ceil(${min} / pods)), so a new point can capture a key whose pod still exists. ${space$} of the hash space changed pods, ` +
    `${change.spaceMoved > 1.05 / n ? 'more than' : 'about'} the 1/${n} (${percent(1 / n)}) that one pod's departure alone would move.`;
}
