import { type FieldPath, type SourceRange, type SourceRef, pathKey } from './source.ts';

/**
 * One YAML document of the scenario, as parsed. `body` is the plain JS value of the
 * document; `positions` maps every field path (pathKey) to the range of its value node,
 * so every object and field can be traced back to its line.
 */
export interface Resource {
  apiVersion: string;
  kind: string;
  name: string;
  /** metadata.namespace, or 'default' when omitted (Kubernetes semantics). */
  namespace: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  creationTimestamp?: string;
  /** 0-based index of the document in the multi-document file (document order). */
  docIndex: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  /** Range of the whole YAML document, first line to last. */
  range: SourceRange;
  /** pathKey(path) -> range of that field's value node (keys included for maps' pairs). */
  positions: Record<string, SourceRange>;
}

/** Range of the deepest known field on `path` (falls back to parents, then the document). */
export function rangeOf(res: Resource, path: FieldPath): SourceRange {
  for (let n = path.length; n > 0; n--) {
    const r = res.positions[pathKey(path.slice(0, n))];
    if (r) return r;
  }
  return res.range;
}

export function lineOf(res: Resource, path: FieldPath = []): number {
  return rangeOf(res, path).line;
}

export function refOf(res: Resource, path: FieldPath = []): SourceRef {
  return { kind: res.kind, namespace: res.namespace, name: res.name, line: lineOf(res, path) };
}
