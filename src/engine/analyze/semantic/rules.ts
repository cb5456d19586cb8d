import type { FieldPath } from '../../model/source.ts';
import { compileRegex } from '../../route/match/index.ts';
import { isRecord } from '../context.ts';

/** A webhook-style problem: path + sentence; `warning` for Istio's validation warnings (IST0133). */
export interface RuleProblem {
  path: FieldPath;
  detail: string;
  warning?: boolean;
}

export type Sink = (path: FieldPath, detail: string, warning?: boolean) => void;

const UNIT_NS: Record<string, number> = { h: 3.6e12, m: 6e10, s: 1e9, ms: 1e6, us: 1e3, µs: 1e3, ns: 1 };

/** A Go duration (`1m30s`, `250ms`, `1.5s`) in nanoseconds; undefined when not one. */
export function parseGoDurationNs(text: string): number | undefined {
  const re = /([0-9]+(?:\.[0-9]+)?)(h|ms|m|s|us|µs|ns)/gy;
  let total = 0;
  let matched = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    total += Number(m[1]) * UNIT_NS[m[2]];
    matched = re.lastIndex;
  }
  return matched === text.length && text.length > 0 ? total : undefined;
}

/** Istio's agent.ValidateDuration: at least 1ms, and whole milliseconds. */
export function checkDuration(sink: Sink, path: FieldPath, value: unknown): void {
  if (typeof value !== 'string') return;
  const ns = parseGoDurationNs(value);
  if (ns === undefined) return; // the schema's pattern reports the shape
  if (ns < 1e6) sink(path, `duration must be greater than 1ms (it is ${value})`);
  else if (Math.round(ns) % 1e6 !== 0) sink(path, `only durations to ms precision are supported (not ${value})`);
}

/** Istio's validateStringMatch / validateStringMatchRegexp for one StringMatch. */
export function checkStringMatch(sink: Sink, path: FieldPath, m: unknown, where: string, allowEmptyPrefix = false): void {
  if (!isRecord(m)) return;
  if (m.prefix === '' && !allowEmptyPrefix) sink([...path, 'prefix'], `"${where}": prefix string match should not be empty`);
  if (typeof m.regex === 'string') checkRegex(sink, [...path, 'regex'], m.regex, where);
}

/** RE2 syntax, non-empty, at most 1024 bytes (Envoy's program size, approximated as Istio does). */
export function checkRegex(sink: Sink, path: FieldPath, regex: string, where: string): void {
  const result = compileRegex(regex, where);
  if (!result.ok) sink(path, result.error.replace(/\.$/, ''));
}

/** Istio's validatePercentage: 0, or from 0.0001 to 100. */
export function checkPercentage(sink: Sink, path: FieldPath, p: unknown): void {
  if (!isRecord(p) || typeof p.value !== 'number') return;
  if (p.value > 0 && p.value < 0.0001) sink([...path, 'value'], `percentage ${p.value} is neither 0.0, nor in range [0.0001, 100.0]`);
}

/** Envoy's isPrime (source/common/common/utility.cc), which Istio copies for maglev table sizes. */
export function isPrime(x: number): boolean {
  if (x !== 0 && x < 4) return true;
  if (x % 2 === 0) return false;
  for (let f = 3; f * f <= x; f += 2) if (x % f === 0) return false;
  return true;
}
