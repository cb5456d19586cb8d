import type { MeshModel, Pod, Traffic } from '../model/mesh.ts';
import type { HttpRequest } from '../model/request.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import { rangeOf } from '../model/resource.ts';
import { parseCurl } from '../curl/parseCurl.ts';
import type { Rng } from '../route/lb/index.ts';
import { findTrafficSource } from './findTrafficSource.ts';

/** Header lists are expanded into at most this many prebuilt request variants per template. */
const MAX_VARIANTS = 4096;

export interface PreparedTemplate {
  traffic: Traffic;
  client: Pod;
  index: number;
  weight: number;
  /** Every combination of the listed header values, prebuilt so a request costs no allocation. */
  variants: HttpRequest[];
}

export interface RequestStream {
  templates: PreparedTemplate[];
  /** Diagnostics for Traffic entries that could not be prepared (bad curl line, unknown client). */
  diagnostics: Diagnostic[];
  /** Draws the next request; undefined when the scenario has no usable Traffic. */
  next(rng: Rng): { template: PreparedTemplate; request: HttpRequest } | undefined;
}

/**
 * The Traffic objects as one seeded request stream: a Traffic is chosen in proportion to its
 * rate, a request entry by weight, and each listed header value at random, per request.
 */
export function createRequestStream(model: MeshModel): RequestStream {
  const templates: PreparedTemplate[] = [];
  const diagnostics: Diagnostic[] = [];
  const trafficWeights: number[] = [];
  for (const t of model.traffic) {
    const client = findTrafficSource(model, t.from);
    if (!client) {
      diagnostics.push({ code: 'ITP0201', level: 'Error', message: `Traffic ${t.name}: no Pod or Deployment named ${t.from}, so it sends nothing.`, kind: 'Traffic', namespace: t.namespace, name: t.name, range: rangeOf(t.resource, ['spec', 'from']) });
      continue;
    }
    const own: PreparedTemplate[] = [];
    for (const r of t.requests) {
      const parsed = parseCurl(r.curl);
      if (!parsed.ok) {
        diagnostics.push({ code: 'ITP0202', level: 'Error', message: `Traffic ${t.name}, request ${r.index + 1}: ${parsed.error}`, kind: 'Traffic', namespace: t.namespace, name: t.name, range: rangeOf(t.resource, ['spec', 'requests', r.index, 'curl']) });
        continue;
      }
      if (r.weight > 0) own.push({ traffic: t, client, index: r.index, weight: r.weight, variants: expandHeaders(parsed.request, r.headers) });
    }
    if (own.length === 0) continue;
    const total = own.reduce((s, x) => s + x.weight, 0);
    for (const x of own) {
      templates.push(x);
      trafficWeights.push((t.rate > 0 ? t.rate : 0) * (x.weight / total));
    }
  }
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of trafficWeights) cumulative.push((sum += w));
  return {
    templates,
    diagnostics,
    next(rng) {
      if (templates.length === 0 || sum <= 0) return undefined;
      const r = rng.nextFloat() * sum;
      // The first template whose running sum exceeds r (binary search), the last one at most.
      let lo = 0;
      let hi = templates.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (r >= cumulative[mid]) lo = mid + 1;
        else hi = mid;
      }
      const template = templates[lo];
      const v = template.variants;
      return { template, request: v.length === 1 ? v[0] : v[rng.nextInt(v.length)] };
    },
  };
}

/**
 * Every combination of the listed header values, the last list varying fastest, at most
 * MAX_VARIANTS of them (the first ones in that order). Each variant is built once from the
 * base request, without intermediate per-list copies.
 */
function expandHeaders(base: HttpRequest, lists: Record<string, string[]>): HttpRequest[] {
  const dims: { name: string; values: string[] }[] = [];
  for (const [rawName, values] of Object.entries(lists)) if (values.length) dims.push({ name: rawName.toLowerCase(), values });
  if (dims.length === 0) return [base];
  let count = 1;
  for (const d of dims) count = Math.min(count * d.values.length, MAX_VARIANTS);
  const variants: HttpRequest[] = [];
  const picks = new Array<number>(dims.length);
  for (let j = 0; j < count; j++) {
    for (let k = dims.length - 1, rest = j; k >= 0; k--) {
      const n = dims[k].values.length;
      picks[k] = rest % n;
      rest = Math.floor(rest / n);
    }
    const headers = { ...base.headers };
    let cookies = base.cookies;
    let authority = base.authority;
    for (let k = 0; k < dims.length; k++) {
      const { name, values } = dims[k];
      const value = values[picks[k]];
      headers[name] = [value];
      if (name === 'cookie') cookies = { ...cookies, ...parseCookieHeader(value) };
      if (name === 'host') authority = value;
    }
    variants.push({ ...base, headers, cookies, authority });
  }
  return variants;
}

function parseCookieHeader(value: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of value.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}
