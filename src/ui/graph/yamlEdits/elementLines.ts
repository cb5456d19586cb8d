import { isSeq } from 'yaml';
import type { SourceRef } from '../../../engine/model/source.ts';
import { findResourceDocument } from './findResourceDocument.ts';
import type { FieldPath } from './setScalarEdit.ts';

export interface LineSpan {
  line: number;
  endLine: number;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The lines a field of a resource spans (`spec.http[1]` of a VirtualService), or null. */
export function fieldLines(text: string, ref: SourceRef, path: FieldPath): LineSpan | null {
  const node = findResourceDocument(text, ref)?.getIn(path, true) as { range?: [number, number, number] } | undefined;
  if (!node?.range) return null;
  const [start, end] = node.range;
  return { line: lineAt(text, start), endLine: lineAt(text, Math.max(start, end - 1)) };
}

/** The lines of one subset (`- name: v1` and its labels) inside a DestinationRule. */
export function subsetLines(text: string, destinationRule: SourceRef, subset: string): LineSpan | null {
  const doc = findResourceDocument(text, destinationRule);
  const subsets = doc?.getIn(['spec', 'subsets'], true);
  if (!isSeq(subsets)) return null;
  const index = subsets.items.findIndex((item) => (item as { get?: (k: string) => unknown }).get?.('name') === subset);
  return index < 0 ? null : fieldLines(text, destinationRule, ['spec', 'subsets', index]);
}
