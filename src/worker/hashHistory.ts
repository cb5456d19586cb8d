/**
 * The worker's memory of consistent-hash clusters across edits: after each load it keeps, per
 * hash cluster, the table and the keys worth following; when a later revision changes the
 * cluster's pods (a Deployment scaled, a pod removed), it compares both tables and remembers
 * which keys moved and how much of the hash space changed owner. That change stays on show
 * until the pods change again, so an unrelated edit does not wipe it.
 */
import type { LoadedScenario } from '../engine/loadScenario.ts';
import { findHashCluster, placeKeys, type HashEndpoint } from '../engine/topology/describeHashSpace.ts';
import { diffKeyPlacement, type MovedKey } from '../engine/topology/diffKeyPlacement.ts';
import { hashKeyValues, type HashKeyValue } from '../engine/topology/hashKeyValues.ts';
import { hashLayoutOf, movedSpaceFraction, type HashLayout } from '../engine/topology/hashLayout.ts';
import { podId } from '../engine/topology/ids.ts';
import { isHashLb } from '../engine/topology/isHashLb.ts';
import type { Topology } from '../engine/topology/types.ts';

/** What changed for one cluster between two revisions whose pods differ. */
export interface HashChange {
  fromRevision: number;
  toRevision: number;
  /** Pods before and after, by name. */
  podsBefore: number;
  podsAfter: number;
  removedPods: string[];
  addedPods: string[];
  moved: MovedKey[];
  /** Keys followed on both sides. */
  compared: number;
  /** moved.length / compared. */
  fraction: number;
  /** Fraction of the whole hash space whose pod changed: the share of all possible keys that move. */
  spaceMoved: number;
}

interface Snapshot {
  revision: number;
  layout: HashLayout;
  endpoints: Pick<HashEndpoint, 'podId' | 'name' | 'address'>[];
  keys: HashKeyValue[];
}

export interface HashHistory {
  /**
   * Takes the new revision's tables; `liveLabels(clusterId)` gives the keys the previous
   * revision's traffic carried, so they are followed too.
   */
  record(loaded: LoadedScenario, topology: Topology, revision: number, liveLabels: (clusterId: string) => readonly string[]): void;
  /** The last change of the cluster's pods, if any since the first load. */
  changeFor(clusterId: string): HashChange | undefined;
  /** Labels followed for the cluster (Traffic and live, earlier revisions included). */
  labelsFor(clusterId: string): string[];
}

export function createHashHistory(): HashHistory {
  const snapshots = new Map<string, Snapshot>();
  const changes = new Map<string, HashChange>();

  return {
    record(loaded, topology, revision, liveLabels) {
      const present = new Set<string>();
      for (const tc of topology.clusters) {
        if (!isHashLb(tc.lbLabel)) continue;
        const cluster = findHashCluster(loaded, tc.id);
        const layout = cluster && hashLayoutOf(cluster);
        if (!cluster || !layout) continue;
        present.add(tc.id);
        const prev = snapshots.get(tc.id);
        const earlier = [...(prev?.keys.map((k) => k.label) ?? []), ...liveLabels(tc.id)];
        const snap: Snapshot = {
          revision,
          layout,
          endpoints: cluster.endpoints.map((e) => ({ podId: podId(cluster.name, e.pod.namespace, e.pod.name), name: e.pod.name, address: e.address })),
          keys: hashKeyValues(loaded, cluster, earlier),
        };
        if (prev && !sameTable(prev, snap)) changes.set(tc.id, compare(prev, snap));
        snapshots.set(tc.id, snap);
      }
      for (const id of [...snapshots.keys()]) {
        if (!present.has(id)) {
          snapshots.delete(id);
          changes.delete(id);
        }
      }
    },
    changeFor: (id) => changes.get(id),
    labelsFor: (id) => snapshots.get(id)?.keys.map((k) => k.label) ?? [],
  };
}

/** Same algorithm, same size, same host keys in the same order: the very same table. */
function sameTable(a: Snapshot, b: Snapshot): boolean {
  if (a.layout.algorithm !== b.layout.algorithm) return false;
  if ((a.layout.maglev?.tableSize ?? 0) !== (b.layout.maglev?.tableSize ?? 0)) return false;
  if ((a.layout.ring?.hi.length ?? 0) !== (b.layout.ring?.hi.length ?? 0)) return false;
  return a.endpoints.length === b.endpoints.length && a.endpoints.every((e, i) => e.address === b.endpoints[i].address && e.podId === b.endpoints[i].podId);
}

function compare(prev: Snapshot, next: Snapshot): HashChange {
  // Follow every key either side knows; a key's hash depends only on its label and the policy.
  const byLabel = new Map<string, HashKeyValue>();
  for (const k of [...prev.keys, ...next.keys]) if (!byLabel.has(k.label)) byLabel.set(k.label, k);
  const keys = [...byLabel.values()];
  const diff = diffKeyPlacement(
    { keys: placeKeys(prev.layout, prev.endpoints, keys), endpoints: prev.endpoints },
    { keys: placeKeys(next.layout, next.endpoints, keys), endpoints: next.endpoints },
  );
  const before = new Set(prev.endpoints.map((e) => e.name));
  const after = new Set(next.endpoints.map((e) => e.name));
  return {
    fromRevision: prev.revision,
    toRevision: next.revision,
    podsBefore: before.size,
    podsAfter: after.size,
    removedPods: [...before].filter((n) => !after.has(n)),
    addedPods: [...after].filter((n) => !before.has(n)),
    ...diff,
    spaceMoved: movedSpaceFraction(prev.layout, next.layout),
  };
}
