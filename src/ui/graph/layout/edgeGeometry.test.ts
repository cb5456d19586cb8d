import { describe, expect, it } from 'vitest';
import { scenarios } from '../../../scenarios/index.ts';
import { podDisplayName } from '../model/shortPodName.ts';
import { scenarioYaml, threeSubsetsFivePodsYaml, topologyOf } from '../model/testTopologies.ts';
import { bezierPoint, detourPoints, kubeProxyBuses, placeWeightLabels, serviceDetours, weightLabelCentre } from './edgeGeometry.ts';
import { COLUMN_X, NODE_SIZE, SUBSET_BOX, WEIGHT_LABEL } from './graphGeometry.ts';
import { layoutTopology, type Placement } from './layoutTopology.ts';

interface Box { x: number; y: number; width: number; height: number }
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Absolute node rectangles of a layout (pods offset by their box). */
function absolute(placements: Map<string, Placement>): Map<string, Box> {
  const out = new Map<string, Box>();
  for (const [id, p] of placements) {
    const parent = p.parentId ? placements.get(p.parentId)! : undefined;
    out.set(id, { x: p.x + (parent?.x ?? 0), y: p.y + (parent?.y ?? 0), width: p.width, height: p.height });
  }
  return out;
}

/** Every weight label's rectangle, by edge id, where the graph draws it. */
function weightLabels(yaml: string) {
  const t = topologyOf(yaml);
  const layout = layoutTopology(t);
  const ts = placeWeightLabels(t, layout);
  const rects = new Map<string, Box & { sx: number; sy: number; tx: number; ty: number }>();
  for (const [edgeId, at] of ts) {
    const edge = t.edges.find((e) => e.id === edgeId)!;
    const s = layout.placements.get(edge.source)!;
    const c = layout.placements.get(edge.target)!;
    const [sx, sy, tx, ty] = [s.x + s.width, s.y + s.height / 2, c.x, c.y + SUBSET_BOX.handleY];
    const centre = weightLabelCentre(sx, sy, tx, ty, at);
    rects.set(edgeId, { x: centre.x - WEIGHT_LABEL.width / 2, y: centre.y - WEIGHT_LABEL.height / 2, width: WEIGHT_LABEL.width, height: WEIGHT_LABEL.height, sx, sy, tx, ty });
  }
  return { t, layout, rects };
}

describe('graph geometry', () => {
  it('fits the seed scenario in the default 1280×720 graph panel at a legible zoom', () => {
    const boxes = [...absolute(layoutTopology(topologyOf(scenarioYaml('seed'))).placements).values()];
    const width = Math.max(...boxes.map((b) => b.x + b.width)) - Math.min(...boxes.map((b) => b.x));
    const height = Math.max(...boxes.map((b) => b.y + b.height)) - Math.min(...boxes.map((b) => b.y));
    // 13 px titles at 12+ px on screen: a zoom of 0.93 or more in a ~747 × 365 canvas.
    expect(747 / width).toBeGreaterThan(0.93);
    expect(365 / height).toBeGreaterThan(0.93);
  });

  it('lines the client, sidecar, Service and route up in one row, centred on the subsets', () => {
    const { placements } = layoutTopology(topologyOf(scenarioYaml('seed')));
    const rows = [...placements.entries()].filter(([id]) => !id.startsWith('cluster:') && !id.startsWith('pod:')).map(([, p]) => p.y + p.height / 2);
    expect(new Set(rows).size).toBe(1);
    const handles = [...placements.entries()].filter(([id]) => id.startsWith('cluster:')).map(([, p]) => p.y + SUBSET_BOX.handleY);
    expect(rows[0]).toBeCloseTo((Math.min(...handles) + Math.max(...handles)) / 2, 5);
  });

  for (const s of scenarios) {
    it(`${s.id}: weight labels sit on their own edge, between the columns, clear of each other and of every node`, () => {
      const { layout, rects } = weightLabels(s.yaml);
      const nodes = [...absolute(layout.placements).values()];
      const list = [...rects.entries()];
      for (const [id, r] of list) {
        expect(r.x, id).toBeGreaterThanOrEqual(r.sx);
        expect(r.x + r.width, id).toBeLessThanOrEqual(r.tx);
        expect(nodes.filter((n) => overlap(n, r)), id).toEqual([]);
        const onCurve = Array.from({ length: 101 }, (_, i) => bezierPoint(r.sx, r.sy, r.tx, r.ty, i / 100))
          .some((p) => p.x > r.x && p.x < r.x + r.width && p.y > r.y && p.y < r.y + r.height);
        expect(onCurve, id).toBe(true);
      }
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) expect(overlap(list[i][1], list[j][1]), `${list[i][0]} × ${list[j][0]}`).toBe(false);
    });
  }

  it('keeps weight labels in place when a weight changes', () => {
    const yaml = scenarioYaml('header-canary');
    const before = weightLabels(yaml).rects;
    const after = weightLabels(yaml.replace(/weight: 95/, 'weight: 60').replace(/weight: 5\b/, 'weight: 40')).rects;
    expect([...after.values()]).toEqual([...before.values()]);
  });

  it('runs kube-proxy edges along a bus under the Service and its routes, labelled under the route column', () => {
    const t = topologyOf(scenarioYaml('no-sidecar-client'));
    const layout = layoutTopology(t);
    const buses = kubeProxyBuses(t, layout);
    expect(buses.size).toBe(1);
    const [serviceId, bus] = [...buses.entries()][0];
    const service = layout.placements.get(serviceId)!;
    const route = layout.placements.get(t.routes[0].id)!;
    expect(bus.y).toBeGreaterThan(Math.max(service.y + service.height, route.y + route.height));
    expect(bus.x).toBeLessThan(COLUMN_X.subset);
    expect(bus.x).toBeGreaterThan(COLUMN_X.route + NODE_SIZE.route.width);
    expect(bus.label.x).toBeCloseTo(COLUMN_X.route + NODE_SIZE.route.width / 2, 5);
    // The label is on the bus, clear of every node.
    const label = { x: bus.label.x - 65, y: bus.label.y - 8, width: 130, height: 16 };
    expect([...absolute(layout.placements).values()].filter((n) => overlap(n, label))).toEqual([]);
  });

  it('detours a Service → subset edge around the Service\'s routes instead of running behind them', () => {
    for (const s of scenarios) {
      const t = topologyOf(s.yaml);
      const layout = layoutTopology(t);
      const nodes = absolute(layout.placements);
      for (const [edgeId, d] of serviceDetours(t, layout)) {
        const edge = t.edges.find((e) => e.id === edgeId)!;
        const source = layout.placements.get(edge.source)!;
        const target = layout.placements.get(edge.target)!;
        const points = detourPoints(source.x + source.width, source.y + source.height / 2, target.x, target.y + SUBSET_BOX.handleY, d);
        for (const route of t.routes) {
          const r = nodes.get(route.id)!;
          expect(points.filter((p) => p.x > r.x && p.x < r.x + r.width && p.y > r.y && p.y < r.y + r.height), `${s.id} ${edgeId}`).toEqual([]);
        }
      }
    }
    expect(serviceDetours(topologyOf(scenarioYaml('export-to')), layoutTopology(topologyOf(scenarioYaml('export-to')))).size).toBe(1);
  });

  it('turns pods into chips in more columns when full pods would not fit', () => {
    expect(layoutTopology(topologyOf(scenarioYaml('seed'))).dense).toBe(false);
    const big = layoutTopology(topologyOf(threeSubsetsFivePodsYaml()));
    expect(big.dense).toBe(true);
    expect(Math.max(...big.podColumns.values())).toBeGreaterThan(1);
  });

  it('shows the distinguishing end of a long pod name', () => {
    expect(podDisplayName('v1-b97nq')).toBe('v1-b97nq');
    expect(podDisplayName('productpage-v1-knbdm')).toBe('…v1-knbdm');
    expect(podDisplayName('ratings-v1-4ppx6')).toBe('…v1-4ppx6');
    const odd = podDisplayName('a-very-long-name-with-a-long-end-abcdefghijk');
    expect(odd.length).toBeLessThanOrEqual(10);
    expect(odd.endsWith('ijk')).toBe(true);
  });
});
