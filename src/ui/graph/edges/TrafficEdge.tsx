import { BaseEdge, EdgeLabelRenderer, getBezierPath, getStraightPath, type EdgeProps } from '@xyflow/react';
import type { CSSProperties } from 'react';
import type { Detour, KubeProxyBus } from '../layout/edgeGeometry.ts';
import type { TrafficGraphEdge } from '../model/graphTypes.ts';

/** Class names and stroke for a traffic edge: kind, unused (dimmed), width by share, subset colour. */
export function edgeLook(data: TrafficGraphEdge['data']): { className: string; style: CSSProperties } {
  const kind = data?.kind ?? 'client';
  return {
    className: ['tg-edge', `tg-edge--${kind}`, data?.unused && 'tg-edge--unused'].filter(Boolean).join(' '),
    style: { strokeWidth: data?.strokeWidth ?? 1.5, ...(data?.color ? { stroke: data.color } : {}) },
  };
}

/**
 * An orthogonal path through `points` with rounded corners (radius up to `r`, less where a run
 * is short).
 */
export function roundedPolyline(points: { x: number; y: number }[], r = 8): string {
  const pts = points.filter((p, i) => i === 0 || p.x !== points[i - 1].x || p.y !== points[i - 1].y);
  let d = `M ${pts[0].x},${pts[0].y}`;
  for (let i = 1; i < pts.length - 1; i++) {
    const [a, b, c] = [pts[i - 1], pts[i], pts[i + 1]];
    const inLen = Math.hypot(b.x - a.x, b.y - a.y);
    const outLen = Math.hypot(c.x - b.x, c.y - b.y);
    const k = Math.min(r, inLen / 2, outLen / 2);
    const p1 = { x: b.x - ((b.x - a.x) / inLen) * k, y: b.y - ((b.y - a.y) / inLen) * k };
    const p2 = { x: b.x + ((c.x - b.x) / outLen) * k, y: b.y + ((c.y - b.y) / outLen) * k };
    d += ` L ${p1.x},${p1.y} Q ${b.x},${b.y} ${p2.x},${p2.y}`;
  }
  const last = pts[pts.length - 1];
  return `${d} L ${last.x},${last.y}`;
}

/** A kube-proxy edge: down from the Service to its bus, along it, then into the pod. */
function busPath(sourceX: number, sourceY: number, targetX: number, targetY: number, bus: KubeProxyBus): string {
  return roundedPolyline([
    { x: sourceX, y: sourceY },
    { x: sourceX, y: bus.y },
    { x: bus.x, y: bus.y },
    { x: bus.x, y: targetY },
    { x: targetX, y: targetY },
  ]);
}

/** Around the Service's routes: right, down (or up) past them, then a curve into the subset. */
function detourPath(sourceX: number, sourceY: number, targetX: number, targetY: number, d: Detour): string {
  const run = roundedPolyline([
    { x: sourceX, y: sourceY },
    { x: d.turnX, y: sourceY },
    { x: d.turnX, y: d.y },
    { x: d.endX, y: d.y },
  ]);
  const offset = 0.5 * Math.max(0, targetX - d.endX);
  return `${run} C ${d.endX + offset},${d.y} ${targetX - offset},${targetY} ${targetX},${targetY}`;
}

/**
 * Client → proxy → Service → route edges (curves), passthrough edges (straight, dashed) and
 * kube-proxy edges: dashed, from the Service's bottom along a shared bus under the routes to
 * every pod, labelled once per Service on the bus's run under the route column.
 */
export function TrafficEdge({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data }: EdgeProps<TrafficGraphEdge>) {
  const bus = data?.kind === 'kubeProxy' ? data.bus : undefined;
  const straight = data?.kind === 'kubeProxy' || data?.kind === 'passthrough';
  let path: string;
  if (bus) path = busPath(sourceX, sourceY, targetX, targetY, bus);
  else if (data?.detour) path = detourPath(sourceX, sourceY, targetX, targetY, data.detour);
  else if (straight) [path] = getStraightPath({ sourceX, sourceY, targetX, targetY });
  else [path] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const { className, style } = edgeLook(data);
  const labelX = bus ? bus.label.x : sourceX + (targetX - sourceX) * 0.45;
  const labelY = bus ? bus.label.y : sourceY + (targetY - sourceY) * 0.45;
  return (
    <>
      <BaseEdge id={id} path={path} className={className} style={style} />
      {data?.label && (
        <EdgeLabelRenderer>
          <div className="tg-edge-label" style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}>
            {data.label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}
