import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import type { TrafficGraphEdge } from '../model/graphTypes.ts';
import { edgeLook } from './TrafficEdge.tsx';
import { WeightLabel } from './WeightLabel.tsx';

/** A route → subset edge of a split: subset colour, width by traffic, weight label with slider. */
export function WeightedEdge({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data }: EdgeProps<TrafficGraphEdge>) {
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const { className, style } = edgeLook(data);
  return (
    <>
      <BaseEdge id={id} path={path} className={className} style={style} />
      {data && (
        <EdgeLabelRenderer>
          <WeightLabel edge={data.edge} observed={data.observed} subset={data.targetTitle ?? '?'} unused={data.unused} x={labelX} y={labelY} />
        </EdgeLabelRenderer>
      )}
    </>
  );
}
