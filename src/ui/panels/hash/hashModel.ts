/**
 * Plain data for the Hash tab: which topology clusters hash, short pod names, and the sentences
 * that explain a change of pods. No React, no d3.
 */
import type { TopoCluster, Topology } from '../../../engine/topology/types.ts';
import type { HashChange } from '../../../worker/hashHistory.ts';
import type { HashSpaceView } from '../../../worker/protocol.ts';
import { commonDashPrefix, shortPodNames } from '../../graph/model/shortPodName.ts';

export const isHashCluster = (c: TopoCluster) => /^(RING_HASH|MAGLEV)/.test(c.lbLabel);

/** Consistent-hash clusters of the topology, in graph order. */
export function hashClusters(topology: Topology | null): TopoCluster[] {
  return topology ? topology.clusters.filter(isHashCluster) : [];
}

/** `outbound|8080|v1|reviews.default.svc.cluster.local` -> `reviews.default · v1 · 8080`. */
export function clusterTitle(name: string): string {
  const [, port, subset, host] = name.split('|');
  const short = (host ?? name).replace(/\.svc\.cluster\.local$/, '');
  return [short, subset, port].filter(Boolean).join(' · ');
}

/** Kubernetes-shaped names `<deployment>-<10 chars>-<5 chars>`: the Deployment part. */
const GENERATED = /^(.+)-[a-z0-9]{10}-[a-z0-9]{5}$/;

/** Short names for pod names (`v1-b97nq`), also for pods that no longer exist. */
export function shortNames(names: readonly string[]): Map<string, string> {
  return shortPodNames([...new Set(names)].map((name) => ({ name, deployment: GENERATED.exec(name)?.[1] })));
}

/** Short names for the space's pods and for those a change mentions (removed pods included). */
export function spaceNames(space: HashSpaceView): Map<string, string> {
  const c = space.change;
  const names = shortNames([...space.endpoints.map((e) => e.name), ...(c ? [...c.removedPods, ...c.addedPods, ...c.moved.flatMap((m) => [m.fromPod, m.toPod])] : [])]);
  // One Deployment: its name is in the cluster title already, keep the pods' own part.
  const prefix = commonDashPrefix([...names.values()]);
  if (prefix) for (const [k, v] of names) names.set(k, v.slice(prefix.length));
  return names;
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
