import type { HTTPMatchRequest } from '../model/istio.ts';
import { hasRequestConditions } from '../route/match/index.ts';
import { isRecord } from './context.ts';

/**
 * A canonical text of a match block for equality, like Istio's asJSON (validation.go): the
 * `name` is left out, and so are zero values (Go's omitempty), maps in key order.
 */
export function canonicalMatch(match: unknown): string {
  return JSON.stringify(canonical(match, true) ?? {});
}

function canonical(v: unknown, top = false): unknown {
  if (Array.isArray(v)) return v.length ? v.map((x) => canonical(x) ?? null) : undefined;
  if (isRecord(v)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      if (top && k === 'name') continue;
      const c = canonical(v[k]);
      if (c !== undefined) out[k] = c;
    }
    return Object.keys(out).length ? out : undefined;
  }
  if (v === false || v === 0 || v === '' || v === null || v === undefined) return undefined;
  return v;
}

/**
 * A match block that every request from every client satisfies: no request condition (a
 * `uri` prefix `/` or regex `.*` counts as none, see hasRequestConditions) and no per-client
 * condition (sourceLabels, sourceNamespace, gateways, port), which would make it a catch-all
 * for some clients only (DESIGN.md rule 6).
 */
export function matchesEverything(block: unknown): boolean {
  if (!isRecord(block)) return false;
  const m = block as HTTPMatchRequest;
  if (hasRequestConditions(m)) return false;
  if (isRecord(m.sourceLabels) && Object.keys(m.sourceLabels).length > 0) return false;
  if (typeof m.sourceNamespace === 'string' && m.sourceNamespace !== '') return false;
  if (Array.isArray(m.gateways) && m.gateways.length > 0) return false;
  return !(typeof m.port === 'number' && m.port !== 0);
}

/** `uri prefix '/'` for a catch-all block, to say why it matches everything. */
export function describeCatchAll(block: unknown): string {
  if (!isRecord(block) || !isRecord(block.uri)) return 'an empty match';
  if (typeof block.uri.prefix === 'string') return `uri prefix ${block.uri.prefix}`;
  if (typeof block.uri.regex === 'string') return `uri regex ${block.uri.regex}`;
  return 'an empty match';
}
