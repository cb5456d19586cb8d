import type { Diagnostic, DiagnosticLevel } from './diagnostic.ts';
import { type Resource, rangeOf } from './resource.ts';
import type { FieldPath } from './source.ts';
import { msg } from './messages.ts';

/**
 * Tolerant reads from a resource body. Bodies are user YAML, so any field may have any
 * shape: a wrong one is reported (IST0106, at that field's line) and replaced by a
 * default, never thrown, so one typo does not take the rest of the scenario down.
 */
export class FieldReader {
  constructor(
    readonly res: Resource,
    private readonly diagnostics: Diagnostic[],
  ) {}

  get(path: FieldPath): unknown {
    let v: unknown = this.res.body;
    for (const p of path) {
      if (v === null || typeof v !== 'object') return undefined;
      v = (v as Record<string | number, unknown>)[p];
    }
    return v;
  }

  line(path: FieldPath): number {
    return rangeOf(this.res, path).line;
  }

  report(path: FieldPath, message: (line: number) => string, level: DiagnosticLevel = 'Error', code = 'IST0106'): void {
    const range = rangeOf(this.res, path);
    const { kind, namespace, name } = this.res;
    this.diagnostics.push({ code, level, message: message(range.line), kind, namespace, name, range });
  }

  /** A string; undefined when absent, or wrong and reported (a number is not silently taken as a name). */
  string(path: FieldPath): string | undefined {
    const v = this.get(path);
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v;
    this.report(path, (l) => msg.wrongType(l, display(path), 'a string', v));
    return undefined;
  }

  /** A whole number >= min; `fallback` when absent. Numeric strings ("3") are rejected like Kubernetes does. */
  int(path: FieldPath, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
    const v = this.get(path);
    if (v === undefined || v === null) return fallback;
    if (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max) return v;
    const expected = max === Number.MAX_SAFE_INTEGER ? `a whole number ≥ ${min}` : `a whole number from ${min} to ${max}`;
    this.report(path, (l) => msg.wrongType(l, display(path), expected, v, `using ${fallback}`));
    return fallback;
  }

  /** A whole number in [min, max], or undefined when absent or wrong (`consequence` says what happens then). */
  optionalInt(path: FieldPath, min: number, max: number, consequence: string): number | undefined {
    const v = this.get(path);
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max) return v;
    this.report(path, (l) => msg.wrongType(l, display(path), `a whole number from ${min} to ${max}`, v, consequence));
    return undefined;
  }

  /** A finite number > 0; `fallback` when absent or wrong. */
  positiveNumber(path: FieldPath, fallback: number): number {
    const v = this.get(path);
    if (v === undefined || v === null) return fallback;
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) return v;
    this.report(path, (l) => msg.wrongType(l, display(path), 'a number > 0', v, `using ${fallback}`));
    return fallback;
  }

  /** A list (empty when absent); anything else is reported and read as empty. */
  list(path: FieldPath): unknown[] {
    const v = this.get(path);
    if (v === undefined || v === null) return [];
    if (Array.isArray(v)) return v;
    this.report(path, (l) => msg.wrongType(l, display(path), 'a list', v, 'it is ignored'));
    return [];
  }

  /** A list of strings; non-string items are reported and dropped. */
  stringList(path: FieldPath): string[] | undefined {
    const v = this.get(path);
    if (v === undefined || v === null) return undefined;
    if (!Array.isArray(v)) {
      this.report(path, (l) => msg.wrongType(l, display(path), 'a list of strings', v));
      return undefined;
    }
    const out: string[] = [];
    v.forEach((item, i) => {
      if (typeof item === 'string') out.push(item);
      else this.report([...path, i], (l) => msg.wrongType(l, display([...path, i]), 'a string', item));
    });
    return out;
  }

  /** A mapping (or undefined when absent). */
  record(path: FieldPath): Record<string, unknown> | undefined {
    const v = this.get(path);
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
    this.report(path, (l) => msg.wrongType(l, display(path), 'a mapping', v));
    return undefined;
  }

  /** map[string]string (labels, selectors): scalars are kept as text but reported. */
  stringMap(path: FieldPath): Record<string, string> {
    const out: Record<string, string> = {};
    const rec = this.record(path);
    if (!rec) return out;
    for (const [k, v] of Object.entries(rec)) {
      if (typeof v === 'string') out[k] = v;
      else if (v === null) out[k] = '';
      else {
        this.report([...path, k], (l) => msg.wrongType(l, display([...path, k]), 'a string (quote it)', v));
        if (typeof v !== 'object') out[k] = String(v);
      }
    }
    return out;
  }
}

/** ['spec', 'ports', 0, 'port'] -> `spec.ports[0].port`, as users read field names. */
export function display(path: FieldPath): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${p}` : p;
  return s;
}
