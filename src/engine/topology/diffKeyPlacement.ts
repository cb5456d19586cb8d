/**
 * Which hash keys changed pods between two versions of a consistent-hash cluster (a Deployment
 * scaled, a pod removed): `alice: v1-b97nq → v2-tl7q8`. Keys are matched by label; a key that
 * exists on one side only is not counted.
 */
import type { KeyPlacement } from './describeHashSpace.ts';

export interface MovedKey {
  label: string;
  fromPodId: string;
  fromPod: string;
  toPodId: string;
  toPod: string;
  /** True when the key's old pod no longer exists: it had to move. */
  podGone: boolean;
}

export interface KeyPlacementDiff {
  moved: MovedKey[];
  /** Keys present on both sides. */
  compared: number;
  /** moved / compared (0 when nothing was compared). */
  fraction: number;
}

/** Where keys land, and which pods exist: a HashSpace is one. */
export interface KeyPlacementSet {
  keys: readonly Pick<KeyPlacement, 'label' | 'podId' | 'podName'>[];
  endpoints: readonly { podId: string }[];
}

export function diffKeyPlacement(before: KeyPlacementSet, after: KeyPlacementSet): KeyPlacementDiff {
  const now = new Map(after.keys.map((k) => [k.label, k]));
  const podsAfter = new Set(after.endpoints.map((e) => e.podId));
  const moved: MovedKey[] = [];
  let compared = 0;
  for (const b of before.keys) {
    const a = now.get(b.label);
    if (!a) continue;
    compared++;
    if (a.podId === b.podId) continue;
    moved.push({ label: b.label, fromPodId: b.podId, fromPod: b.podName, toPodId: a.podId, toPod: a.podName, podGone: !podsAfter.has(b.podId) });
  }
  return { moved, compared, fraction: compared ? moved.length / compared : 0 };
}
