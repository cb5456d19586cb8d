import type { TopoEdge } from '../../../engine/topology/types.ts';
import type { TextEdit } from '../../../state/textEdits.ts';
import { setScalarEdit } from './setScalarEdit.ts';

/** The edit that sets a weighted route destination's `weight` (the edge's `weightPath`). */
export function weightEdit(text: string, edge: Pick<TopoEdge, 'ref' | 'weightPath'>, weight: number): TextEdit | null {
  if (!edge.ref || !edge.weightPath) return null;
  const value = Math.max(0, Math.round(weight));
  return setScalarEdit(text, edge.ref, edge.weightPath, String(value), value);
}
