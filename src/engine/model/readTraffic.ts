import { MAX_TRAFFIC_RATE } from '../limits.ts';
import type { Diagnostic } from './diagnostic.ts';
import { FieldReader } from './fields.ts';
import type { Traffic, TrafficRequestSpec } from './mesh.ts';
import { msg } from './messages.ts';
import { type Resource, refOf } from './resource.ts';

/** Requests per second in the live view when `rate` is omitted. */
export const DEFAULT_RATE = 10;

/**
 * The playground's `Traffic` kind (DESIGN.md "Scenario format"):
 *   from: `name` (a Pod or Deployment in the Traffic's namespace) or `ns/name`
 *   rate: requests per second, default 10
 *   requests: [{curl, weight (default 1), headers: {name: value | [values]}}]
 * A request may also be written as a bare curl string. Header names are lower-cased
 * (HTTP header names are case-insensitive; the engine's requests use lower case).
 * Undefined (reported) when `from` is missing: there is no client to send from.
 */
export function readTraffic(res: Resource, diagnostics: Diagnostic[]): Traffic | undefined {
  const r = new FieldReader(res, diagnostics);
  r.record(['spec']);
  const from = r.string(['spec', 'from'])?.trim();
  if (!from) {
    if (r.get(['spec', 'from']) == null) {
      r.report(['spec'], (l) => msg.required(l, 'spec.from', 'the Pod or Deployment that sends the requests', 'this Traffic is ignored'));
    }
    return undefined;
  }
  let rate = r.positiveNumber(['spec', 'rate'], DEFAULT_RATE);
  if (rate > MAX_TRAFFIC_RATE) {
    const asked = rate;
    r.report(['spec', 'rate'], (l) => msg.rateTooHigh(l, asked, MAX_TRAFFIC_RATE), 'Warning', 'ITP1005');
    rate = MAX_TRAFFIC_RATE;
  }
  const requests: TrafficRequestSpec[] = [];
  const list = r.list(['spec', 'requests']);
  list.forEach((item, index) => {
    const req = readRequest(r, item, index);
    if (req) requests.push(req);
  });
  if (list.length === 0 && r.get(['spec', 'requests']) == null) {
    r.report(['spec'], (l) => msg.required(l, 'spec.requests', 'at least one curl command', 'this Traffic sends nothing'));
  }
  return {
    namespace: res.namespace,
    name: res.name,
    from: from.includes('/') ? from : `${res.namespace}/${from}`,
    rate,
    requests,
    ref: refOf(res),
    resource: res,
  };
}

function readRequest(r: FieldReader, item: unknown, index: number): TrafficRequestSpec | undefined {
  const path = ['spec', 'requests', index];
  if (typeof item === 'string') return { curl: item, weight: 1, headers: {}, index };
  if (!r.record(path)) return undefined;
  const curl = r.string([...path, 'curl']);
  if (!curl) {
    if (r.get([...path, 'curl']) == null) {
      r.report(path, (l) => msg.required(l, `spec.requests[${index}].curl`, 'the curl command to send', 'this request is ignored'));
    }
    return undefined;
  }
  const weight = readWeight(r, [...path, 'weight']);
  return { curl, weight, headers: readHeaders(r, [...path, 'headers']), index };
}

/** Weights are relative, like route weights; 0 switches a request off. */
function readWeight(r: FieldReader, path: (string | number)[]): number {
  const v = r.get(path);
  if (v == null) return 1;
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return v;
  r.report(path, (l) => msg.wrongType(l, 'weight', 'a number ≥ 0', v, 'using 1'));
  return 1;
}

/** `{foo: bar}` or `{foo: [bar, baz]}` -> `{foo: ['bar']}` / `{foo: ['bar', 'baz']}`; scalars become text. */
function readHeaders(r: FieldReader, path: (string | number)[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const rec = r.record(path);
  if (!rec) return out;
  for (const [name, raw] of Object.entries(rec)) {
    const values = Array.isArray(raw) ? raw : [raw];
    const texts: string[] = [];
    values.forEach((v, i) => {
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') texts.push(String(v));
      else {
        const at = Array.isArray(raw) ? [...path, name, i] : [...path, name];
        r.report(at, (l) => msg.wrongType(l, `headers.${name}`, 'a header value or a list of values', v, 'it is ignored'));
      }
    });
    if (texts.length > 0) out[name.toLowerCase()] = [...(out[name.toLowerCase()] ?? []), ...texts];
  }
  return out;
}

/**
 * All Traffic objects together send at most MAX_TRAFFIC_RATE requests per second: above it,
 * every rate is scaled down by the same factor (the mix stays) and the Traffic whose rate
 * passes the limit gets the warning (ITP1005).
 */
export function capTotalRate(traffic: Traffic[], diagnostics: Diagnostic[]): Traffic[] {
  let sum = 0;
  let crossing: Traffic | undefined;
  for (const t of traffic) {
    sum += t.rate;
    if (!crossing && sum > MAX_TRAFFIC_RATE) crossing = t;
  }
  if (!crossing) return traffic;
  const r = new FieldReader(crossing.resource, diagnostics);
  r.report(['spec', 'rate'], (l) => msg.totalRateTooHigh(l, sum, MAX_TRAFFIC_RATE), 'Warning', 'ITP1005');
  const factor = MAX_TRAFFIC_RATE / sum;
  return traffic.map((t) => ({ ...t, rate: t.rate * factor }));
}
