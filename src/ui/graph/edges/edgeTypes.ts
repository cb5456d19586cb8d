import type { EdgeTypes } from '@xyflow/react';
import { TrafficEdge } from './TrafficEdge.tsx';
import { WeightedEdge } from './WeightedEdge.tsx';

/** React Flow edge components by `edge.type` (a constant). */
export const edgeTypes = {
  traffic: TrafficEdge,
  weighted: WeightedEdge,
} satisfies EdgeTypes;
