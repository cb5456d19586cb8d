import type { Diagnostic } from '../model/diagnostic.ts';
import type { Resource } from '../model/resource.ts';
import type { SourceRange } from '../model/source.ts';
import {
  labelValueMessage,
  missingFieldMessage,
  notAMapMessage,
  notAMappingMessage,
  notAStringMessage,
} from './messages.ts';

/** Kinds without a namespace. Only Namespace matters to the playground. */
const CLUSTER_SCOPED = new Set(['Namespace']);

export interface DocumentParts {
  body: unknown;
  docIndex: number;
  range: SourceRange;
  positions: Record<string, SourceRange>;
}

/**
 * Checks the Kubernetes object envelope (apiVersion, kind, metadata.name) and lifts the
 * metadata fields every later stage needs. A document that fails the envelope is reported
 * (IST0106) and skipped; a wrong-shaped optional field is reported and defaulted, so one
 * typo does not make the whole object disappear from the graph.
 */
export function toResource(doc: DocumentParts, diagnostics: Diagnostic[]): Resource | undefined {
  const { body, positions } = doc;
  const at = (key: string): SourceRange => positions[key] ?? doc.range;
  const report = (range: SourceRange, message: string, who: Partial<Diagnostic> = {}) =>
    diagnostics.push({ code: 'IST0106', level: 'Error', message, range, ...who });

  if (!isRecord(body)) {
    const what = Array.isArray(body) ? 'a list' : `a single value`;
    report(doc.range, notAMappingMessage(doc.range.line, what));
    return undefined;
  }
  const kind = typeof body.kind === 'string' && body.kind !== '' ? body.kind : undefined;
  const meta = isRecord(body.metadata) ? body.metadata : undefined;
  const name = meta && typeof meta.name === 'string' && meta.name !== '' ? meta.name : undefined;
  const apiVersion = typeof body.apiVersion === 'string' && body.apiVersion !== '' ? body.apiVersion : undefined;

  const who = { kind, name };
  for (const [field, value, key] of [
    ['apiVersion', apiVersion, '/apiVersion'],
    ['kind', kind, '/kind'],
    ['metadata.name', name, '/metadata/name'],
  ] as const) {
    if (value !== undefined) continue;
    const raw = key === '/metadata/name' ? meta?.name : body[field];
    const range = at(key);
    report(
      range,
      raw === undefined || raw === null || raw === ''
        ? missingFieldMessage(range.line, field, kind)
        : notAStringMessage(range.line, field, raw),
      who,
    );
    return undefined;
  }
  // Narrowed by the loop above; TypeScript cannot see through it.
  const k = kind as string;
  const n = name as string;

  let namespace = CLUSTER_SCOPED.has(k) ? '' : 'default';
  if (!CLUSTER_SCOPED.has(k) && meta?.namespace != null && meta.namespace !== '') {
    if (typeof meta.namespace === 'string') namespace = meta.namespace;
    else {
      const range = at('/metadata/namespace');
      report(range, notAStringMessage(range.line, 'metadata.namespace', meta.namespace), { kind: k, name: n });
    }
  }
  const ctx = { kind: k, name: n, namespace };
  const labels = readStringMap(meta?.labels, 'label', '/metadata/labels', at, (r, m) => report(r, m, ctx));
  const annotations = readStringMap(meta?.annotations, 'annotation', '/metadata/annotations', at, (r, m) =>
    report(r, m, ctx),
  );
  const ts = meta?.creationTimestamp;
  return {
    apiVersion: apiVersion as string,
    kind: k,
    name: n,
    namespace,
    labels,
    annotations,
    creationTimestamp: ts === undefined || ts === null ? undefined : String(ts),
    docIndex: doc.docIndex,
    body,
    range: doc.range,
    positions,
  };
}

/**
 * Labels and annotations are map[string]string in Kubernetes: an unquoted `true` or `1`
 * is rejected by the API server, a classic mistake with `sidecar.istio.io/inject`. We keep
 * the value as text (so the simulation still runs) but report it. `null` reads as "".
 */
function readStringMap(
  raw: unknown,
  what: 'label' | 'annotation',
  key: string,
  at: (key: string) => SourceRange,
  report: (range: SourceRange, message: string) => void,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (raw === undefined || raw === null) return out;
  if (!isRecord(raw)) {
    const range = at(key);
    report(range, notAMapMessage(range.line, `metadata.${what}s`, raw));
    return out;
  }
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v === 'string') out[k] = v;
    else if (v === null || v === undefined) out[k] = '';
    else {
      const range = at(`${key}/${k}`);
      report(range, labelValueMessage(range.line, what, k, v));
      out[k] = typeof v === 'object' ? '' : String(v);
    }
  }
  return out;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
