/** Where something came from in the scenario YAML. Lines and columns are 1-based. */
export interface SourceRange {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

/** A pointer to a resource (and optionally a field of it) for traces and diagnostics. */
export interface SourceRef {
  kind: string;
  namespace: string;
  name: string;
  /** 1-based line of the field (or of the document start when no field is given). */
  line: number;
}

/** JSON-pointer-like path into a resource body, e.g. ['spec', 'http', 0, 'route', 1, 'weight']. */
export type FieldPath = ReadonlyArray<string | number>;

/** Key for a FieldPath in a positions table: '/spec/http/0/route/1/weight'. */
export function pathKey(path: FieldPath): string {
  return path.length === 0 ? '' : '/' + path.join('/');
}
