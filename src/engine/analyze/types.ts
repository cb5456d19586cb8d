import type { Diagnostic } from '../model/diagnostic.ts';
import type { FieldPath } from '../model/source.ts';

/** Which document a fix edits: kind/namespace/name, and its index in the file to find it fast. */
export interface FixTarget {
  kind: string;
  namespace: string;
  name: string;
  docIndex: number;
}

/**
 * One structural edit of a resource, by field path. The engine says *what* to change; the
 * editor turns it into minimal text edits with the `yaml` Document API (comments kept).
 * - `append`: add an item to the list at `path` (created, with missing parents, if absent).
 * - `set`: set the value at `path` (a map key; missing parent maps are created).
 * - `delete`: remove the list item or map entry at `path`.
 */
export type FixOp =
  | { op: 'append'; path: FieldPath; value: unknown }
  | { op: 'set'; path: FieldPath; value: unknown }
  | { op: 'delete'; path: FieldPath };

/** A quick fix offered for a message (an editor code action). Plain data: it crosses the worker boundary. */
export interface QuickFix {
  title: string;
  target: FixTarget;
  ops: FixOp[];
  /** The fix to apply with one keystroke when several are offered. */
  preferred?: boolean;
}

/**
 * An analyzer message: a Diagnostic (code, level, text, resource, range) plus the fixes the
 * editor can offer. Still a Diagnostic, so the CLI and the store treat it as one.
 */
export interface AnalyzerMessage extends Diagnostic {
  fixes?: QuickFix[];
}
