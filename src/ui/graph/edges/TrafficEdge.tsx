import { BaseEdge, EdgeLabelRenderer, getBezierPath, getStraightPath, type EdgeProps } from '@xyflow/react';
import type { CSSProperties } from 'react';
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
 * Client → proxy → Service → route edges (curves), and kube-proxy / passthrough edges: straight
 * and dashed, from the Service to every pod, labelled once per Service (on its steepest edge).
 */
export function TrafficEdge({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data }: EdgeProps<TrafficGraphEdge>) {
  const straight = data?.kind === 'kubeProxy' || data?.kind === 'passthrough';
  const [path] = straight
    ? getStraightPath({ sourceX, sourceY, targetX, targetY })
    : getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const { className, style } = edgeLook(data);
  const labelX = sourceX + (targetX - sourceX) * 0.45;
  const labelY = sourceY + (targetY - sourceY) * 0.45;
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
