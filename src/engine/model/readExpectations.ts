import { parseDurationMs } from '../compile/parseDuration.ts';
import type { FieldReader } from './fields.ts';
import { describe } from './messages.ts';
import { rangeOf } from './resource.ts';
import type { Expectation, PointField, PointValue, ShareDimension } from './routingTest.ts';
import { parseShareBand } from './shareBand.ts';
import type { FieldPath } from './source.ts';

const EXPECT = ['spec', 'expect'];

type Reader = (v: unknown) => PointValue | string;
/** A string result from a reader is an error message ("must be ..."); anything else is the value. */
const err = (s: string) => `!${s}`;

const text: Reader = (v) => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : err('a name'));
const int = (min: number, max: number): Reader => (v) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : err(`a whole number from ${min} to ${max}`);
const duration: Reader = (v) => {
  if (v === 'none' || v === false || v === null) return null;
  const ms = parseDurationMs(v);
  return ms !== undefined ? ms : err('a duration like 7s or 500ms, or none');
};
const flags: Reader = (v) => {
  const list = Array.isArray(v) ? v : typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined;
  return list && list.every((f) => typeof f === 'string') ? (list as string[]).map((f) => f.toUpperCase()) : err('a list of Envoy response flags such as [NR]');
};
const labels: Reader = (v) => {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return err('a map of labels such as {version: v2}');
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) out[k] = String(x);
  return out;
};
const oneOf = (...allowed: string[]): Reader => (v) => (typeof v === 'string' && allowed.includes(v) ? v : err(allowed.join(' or ')));

/** Every point expectation and how its value is read. */
const POINT_READERS: Record<PointField, Reader> = {
  status: int(0, 599),
  flags,
  subset: text,
  cluster: text,
  service: text,
  pod: text,
  podLabels: labels,
  podPort: int(1, 65535),
  virtualService: text,
  route: (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : typeof v === 'string' && v ? v : err('a route name or its 1-based position')),
  mode: oneOf('sidecar', 'gateway', 'kube-proxy'),
  delay: duration,
  timeout: duration,
  retries: int(0, 1000),
  mirror: text,
  location: text,
  hashKey: text,
};

const SHARE_DIMENSIONS: Record<string, ShareDimension> = {
  subset: 'subset', status: 'status', flags: 'flag', pod: 'pod', cluster: 'cluster', service: 'service', mirror: 'mirror', podLabels: 'podLabel',
};

export const EXPECTATION_KEYS = [...Object.keys(POINT_READERS), 'share', 'sticky'];

/** `spec.expect` -> expectations, one per entry (one per value inside `share`), each with its range. */
export function readExpectations(r: FieldReader): Expectation[] {
  const out: Expectation[] = [];
  const rec = r.record(EXPECT);
  if (!rec) return out;
  for (const [key, raw] of Object.entries(rec)) {
    const path = [...EXPECT, key];
    const base = { path, range: rangeOf(r.res, path) };
    if (key === 'share') out.push(...readShare(r, raw));
    else if (key === 'sticky') {
      if (typeof raw === 'boolean') out.push({ ...base, kind: 'sticky', expected: raw, label: raw ? 'sticky' : 'not sticky' });
      else out.push(invalid(r, path, `\`expect.sticky\` must be true or false, not ${describe(raw)}`));
    } else if (Object.hasOwn(POINT_READERS, key)) {
      const field = key as PointField;
      const value = POINT_READERS[field](raw);
      if (typeof value === 'string' && value.startsWith('!')) {
        out.push(invalid(r, path, `\`expect.${key}\` must be ${value.slice(1)}, not ${describe(raw)}`));
      } else {
        out.push({ ...base, kind: 'point', field, expected: value, label: `${key} ${raw !== null && typeof raw === 'object' ? formatValue(value) : String(raw)}` });
      }
    } else {
      out.push(invalid(r, path, `unknown expectation \`${key}\` (known: ${EXPECTATION_KEYS.join(', ')})`));
    }
  }
  return out;
}

function readShare(r: FieldReader, raw: unknown): Expectation[] {
  const path = [...EXPECT, 'share'];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return [invalid(r, path, `\`expect.share\` must map a dimension to shares, e.g. {subset: {v2: "90% ± 2"}}, not ${describe(raw)}`)];
  }
  const out: Expectation[] = [];
  for (const [dim, values] of Object.entries(raw as Record<string, unknown>)) {
    const dimension = SHARE_DIMENSIONS[dim];
    const dimPath = [...path, dim];
    if (!dimension) {
      out.push(invalid(r, dimPath, `unknown share dimension \`${dim}\` (known: ${Object.keys(SHARE_DIMENSIONS).join(', ')})`));
      continue;
    }
    if (dimension === 'podLabel') {
      if (!isMap(values)) out.push(invalid(r, dimPath, '`share.podLabels` must map a label key to shares, e.g. {version: {v1: "50% ± 5"}}'));
      else for (const [labelKey, byValue] of Object.entries(values)) out.push(...readBands(r, [...dimPath, labelKey], dimension, byValue, labelKey));
      continue;
    }
    out.push(...readBands(r, dimPath, dimension, values));
  }
  return out;
}

function readBands(r: FieldReader, path: FieldPath, dimension: ShareDimension, values: unknown, labelKey?: string): Expectation[] {
  if (!isMap(values)) return [invalid(r, path, `\`${display(path)}\` must map values to shares, e.g. {v2: "90% ± 2"}`)];
  const out: Expectation[] = [];
  for (const [value, rawBand] of Object.entries(values)) {
    const p = [...path, value];
    const band = parseShareBand(rawBand);
    if (!band) {
      out.push(invalid(r, p, `\`${display(p)}\` must be a share such as "90% ± 2", ">= 80%" or "0%", not ${describe(rawBand)}`));
      continue;
    }
    const what = labelKey ? `${labelKey}=${value}` : `${dimension} ${value}`;
    out.push({ kind: 'share', path: p, range: rangeOf(r.res, p), dimension, labelKey, value, band, label: `${what}: ${band.text}` });
  }
  return out;
}

function invalid(r: FieldReader, path: FieldPath, message: string): Expectation {
  r.report(path, (l) => `Line ${l}: ${message}; this expectation fails until it is fixed.`, 'Error', 'ITP0301');
  return { kind: 'invalid', path, range: rangeOf(r.res, path), message: `${message}.`, label: display(path) };
}

function isMap(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function display(path: FieldPath): string {
  return path.slice(1).join('.');
}

export function formatValue(v: PointValue): string {
  if (v === null) return 'none';
  if (Array.isArray(v)) return v.length ? v.join(',') : 'none';
  if (typeof v === 'object') return Object.entries(v).map(([k, x]) => `${k}=${x}`).join(',');
  return String(v);
}
