import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { weightLabelCentre } from '../layout/edgeGeometry.ts';
import type { TrafficGraphEdge } from '../model/graphTypes.ts';
import { edgeLook } from './TrafficEdge.tsx';
import { WeightLabel } from './WeightLabel.tsx';

/**
 * A route → subset edge of a split: subset colour, width by traffic, weight label with slider.
 * The label sits on the curve where the layout placed it (`labelT`), clear of other labels.
 */
export function WeightedEdge({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data }: EdgeProps<TrafficGraphEdge>) {
  const [path] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const { className, style } = edgeLook(data);
  const label = weightLabelCentre(sourceX, sourceY, targetX, targetY, data?.labelT ?? 0.5);
  return (
    <>
      <BaseEdge id={id} path={path} className={className} style={style} />
      {data && (
        <EdgeLabelRenderer>
          <WeightLabel edge={data.edge} observed={data.observed} subset={data.targetTitle ?? '?'} unused={data.unused} x={label.x} y={label.y} />
        </EdgeLabelRenderer>
      )}
    </>
  );
}
