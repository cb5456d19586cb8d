import { describe, expect, it } from 'vitest';
import { consistentHashYaml } from '../scenarios/consistentHash.ts';
import { stickyHeaderMaglevYaml } from '../scenarios/stickyHeaderMaglev.ts';
import { createEngineSession } from './engineSession.ts';

const scaled = consistentHashYaml.replace(/replicas: 3/, 'replicas: 2');

function loadedCluster(session: ReturnType<typeof createEngineSession>, yaml: string, id: number) {
  const reply = session.load(id, yaml, 1);
  if (reply.type !== 'loaded') throw new Error(reply.message);
  return reply.topology.clusters.find((c) => /RING_HASH|MAGLEV/.test(c.lbLabel))!.id;
}

describe('engine session: hash space and keys that moved', () => {
  it('answers for a hash cluster, null otherwise', () => {
    const session = createEngineSession();
    expect(session.hashSpace('cluster:x')).toBeNull();
    const id = loadedCluster(session, consistentHashYaml, 1);
    const space = session.hashSpace(id)!;
    expect(space.revision).toBe(1);
    expect(space.endpoints).toHaveLength(6);
    expect(space.keys).toHaveLength(5);
    expect(space.change).toBeUndefined();
    expect(session.hashSpace('cluster:outbound|8080||nope.default.svc.cluster.local')).toBeNull();
  });

  it('after scaling a Deployment down, lists the keys that moved relative to the previous revision', () => {
    const session = createEngineSession();
    const id = loadedCluster(session, consistentHashYaml, 1);
    session.simulation!.runRequests(500);
    loadedCluster(session, scaled, 2);
    const change = session.hashSpace(id)!.change!;
    expect(change).toMatchObject({ fromRevision: 1, toRevision: 2, podsBefore: 6, podsAfter: 5, addedPods: [] });
    expect(change.removedPods).toHaveLength(1);
    expect(change.compared).toBe(5);
    expect(change.moved.length).toBeGreaterThanOrEqual(1);
    expect(change.moved.some((m) => m.podGone && m.fromPod === change.removedPods[0])).toBe(true);
    expect(change.spaceMoved).toBeGreaterThan(1 / 6);
    // An edit that leaves the pods alone keeps the last change on show.
    loadedCluster(session, scaled.replace('rate: 20', 'rate: 25'), 3);
    expect(session.hashSpace(id)!.change).toEqual(change);
    // Scaling back up is a new change: the same keys return.
    loadedCluster(session, consistentHashYaml, 4);
    const back = session.hashSpace(id)!.change!;
    expect(back).toMatchObject({ fromRevision: 3, toRevision: 4, removedPods: [], addedPods: change.removedPods });
    expect(back.moved.map((m) => m.label).sort()).toEqual(change.moved.map((m) => m.label).sort());
  });

  it('follows the previous revision\'s keys too (Maglev, 5 -> 4 pods, new user list)', () => {
    const session = createEngineSession();
    const id = loadedCluster(session, stickyHeaderMaglevYaml, 1);
    session.simulation!.runRequests(300);
    const next = stickyHeaderMaglevYaml.replace(/replicas: 5/, 'replicas: 4').replace(/\[alice, [^\]]*\]/, '[zoe]');
    loadedCluster(session, next, 2);
    const space = session.hashSpace(id)!;
    expect(space.algorithm).toBe('MAGLEV');
    expect(space.keys.map((k) => k.label)).toContain('x-user-id: alice');
    expect(space.keys.find((k) => k.label === 'x-user-id: zoe')!.source).toBe('traffic');
    expect(space.change!.compared).toBe(9);
    expect(space.change!.spaceMoved).toBeCloseTo(0.2, 1);
  });
});
