import type { RE2JS } from 're2js';
import { re2, Re2NotLoadedError } from '../../regex/re2.ts';
import type { StringMatch } from '../../model/istio.ts';
import { MAX_REGEX_BYTES } from '../../limits.ts';

/**
 * Istio rejects a regex longer than 1024 bytes (pkg/config/validation: validateStringRegexp,
 * "regex is too large, max length allowed is 1024"): Envoy's RE2 program-size limit,
 * approximated by length. Defined with the playground's other limits (engine/limits.ts).
 */
export { MAX_REGEX_BYTES };

export type StringMatchKind = 'exact' | 'prefix' | 'regex' | 'present';

/**
 * A compiled Istio StringMatch. `test` and `testRange` never allocate for exact/prefix/present;
 * regex goes through re2js (linear time, full-match: Envoy's safe_regex is
 * `re2::RE2::FullMatch`, source/common/common/regex.h).
 */
export interface StringMatcher {
  readonly kind: StringMatchKind;
  /** The pattern as written ('' for present). */
  readonly pattern: string;
  /** True when exact/prefix compare ASCII case-insensitively (ignoreUriCase). Never true for regex. */
  readonly ignoreCase: boolean;
  /** `exact 'jason'`, `prefix '/api' (ignoring case)`, `regex 'v[0-9]+'`, `present`. */
  readonly description: string;
  /** `undefined` means the value is absent; no kind matches an absent value (present needs one). */
  readonly test: (value: string | undefined) => boolean;
  /** Same as `test(s.slice(start, end))` without the slice for exact/prefix/present. */
  readonly testRange: (s: string, start: number, end: number) => boolean;
}

export type CompileStringMatchResult = { ok: true; matcher: StringMatcher } | { ok: false; error: string };

export interface CompileStringMatchOptions {
  /**
   * VirtualService `ignoreUriCase`. Istio sets Envoy's RouteMatch.case_sensitive = !ignoreUriCase
   * (pilot/pkg/networking/core/route/route.go, TranslateRouteMatch); Envoy applies it to
   * prefix/path only, never to safe_regex (PathMatcher::createSafeRegex takes no case flag).
   */
  ignoreCase?: boolean;
  /** Used in error messages, e.g. `uri` or `headers.end-user`. */
  field?: string;
}

const KEYS = ['exact', 'prefix', 'regex'] as const;

/**
 * Compiles one StringMatch. `{}` (or null: Istio's canBeConvertedToPresentMatch treats a nil
 * match type the same) means "present". Invalid input never throws: it comes back as
 * `{ ok: false, error }` with a one-sentence message the analyzer can show.
 */
export function compileStringMatch(
  m: StringMatch | null | undefined,
  options: CompileStringMatchOptions = {},
): CompileStringMatchResult {
  const field = options.field ?? 'match';
  if (m === null || m === undefined) return { ok: true, matcher: presentMatcher() };
  if (typeof m !== 'object' || Array.isArray(m)) {
    return {
      ok: false,
      error: `${field} must be a StringMatch such as {exact: "..."}, {prefix: "..."} or {regex: "..."}, not ${describeValue(m)}.`,
    };
  }
  const rec = m as Record<string, unknown>;
  const set: (typeof KEYS)[number][] = [];
  for (const key of Object.keys(rec)) {
    if ((KEYS as readonly string[]).includes(key)) {
      if (rec[key] !== undefined && rec[key] !== null) set.push(key as (typeof KEYS)[number]);
    } else {
      return { ok: false, error: `${field} has an unknown field '${key}': a StringMatch takes exact, prefix or regex.` };
    }
  }
  if (set.length === 0) return { ok: true, matcher: presentMatcher() };
  if (set.length > 1) {
    return { ok: false, error: `${field} sets ${set.join(' and ')}: a StringMatch takes only one of exact, prefix or regex.` };
  }
  const kind = set[0];
  const pattern = rec[kind];
  if (typeof pattern !== 'string') {
    return { ok: false, error: `${field}.${kind} must be a string, not ${describeValue(pattern)} (quote it in YAML).` };
  }
  const ignoreCase = options.ignoreCase === true;
  switch (kind) {
    case 'exact':
      return { ok: true, matcher: ignoreCase ? exactIgnoreCase(pattern) : exactMatcher(pattern) };
    case 'prefix':
      return { ok: true, matcher: ignoreCase ? prefixIgnoreCase(pattern) : prefixMatcher(pattern) };
    case 'regex':
      return compileRegex(pattern, field);
  }
}

/** Compiles an RE2 pattern for full-match use; shared with other engine parts (rewrites, analyzer). */
export function compileRegex(pattern: string, field = 'regex'): CompileStringMatchResult {
  if (pattern === '') {
    // Istio: "regex string match should not be empty"; Envoy's RegexMatcher.regex has min_len 1.
    return { ok: false, error: `${field} regex is empty.` };
  }
  const bytes = utf8Length(pattern);
  if (bytes > MAX_REGEX_BYTES) {
    return {
      ok: false,
      error: `${field} regex is too large: ${bytes} bytes, max length allowed is ${MAX_REGEX_BYTES}.`,
    };
  }
  let re = compiledRegexes.get(pattern);
  if (!re) {
    try {
      re = re2().compile(pattern);
    } catch (e) {
      if (e instanceof Re2NotLoadedError) throw e;
      const msg = e instanceof Error ? e.message : String(e);
      return { ok: false, error: `${field} regex '${pattern}' is not valid RE2: ${msg}.` };
    }
    if (compiledRegexes.size >= MAX_COMPILED_REGEXES) compiledRegexes.delete(compiledRegexes.keys().next().value!);
    compiledRegexes.set(pattern, re);
  }
  const test = (value: string | undefined): boolean => value !== undefined && re.testExact(value);
  return {
    ok: true,
    matcher: {
      kind: 'regex',
      pattern,
      ignoreCase: false,
      description: `regex ${quote(pattern)}`,
      test,
      testRange: (s, start, end) => re.testExact(start === 0 && end === s.length ? s : s.slice(start, end)),
    },
  };
}

/**
 * Compiled patterns, shared: every client's routes (and every edit) compile the same regexes
 * again, and an RE2JS program is immutable, like Java's Pattern it mirrors.
 */
const MAX_COMPILED_REGEXES = 1024;
const compiledRegexes = new Map<string, RE2JS>();

let present: StringMatcher | undefined;
function presentMatcher(): StringMatcher {
  present ??= {
    kind: 'present',
    pattern: '',
    ignoreCase: false,
    description: 'present',
    test: (value) => value !== undefined,
    testRange: () => true,
  };
  return present;
}

function exactMatcher(p: string): StringMatcher {
  return {
    kind: 'exact',
    pattern: p,
    ignoreCase: false,
    description: `exact ${quote(p)}`,
    test: (v) => v === p,
    testRange: (s, start, end) => end - start === p.length && s.startsWith(p, start),
  };
}

function prefixMatcher(p: string): StringMatcher {
  return {
    kind: 'prefix',
    pattern: p,
    ignoreCase: false,
    description: `prefix ${quote(p)}`,
    test: (v) => v !== undefined && v.startsWith(p),
    testRange: (s, start, end) => end - start >= p.length && s.startsWith(p, start),
  };
}

// Envoy's ignore_case uses absl::EqualsIgnoreCase / StartsWithIgnoreCase: ASCII folding only.
function exactIgnoreCase(p: string): StringMatcher {
  const lower = asciiLower(p);
  return {
    kind: 'exact',
    pattern: p,
    ignoreCase: true,
    description: `exact ${quote(p)} (ignoring case)`,
    test: (v) => v !== undefined && v.length === lower.length && asciiEqualsAt(v, 0, lower),
    testRange: (s, start, end) => end - start === lower.length && asciiEqualsAt(s, start, lower),
  };
}

function prefixIgnoreCase(p: string): StringMatcher {
  const lower = asciiLower(p);
  return {
    kind: 'prefix',
    pattern: p,
    ignoreCase: true,
    description: `prefix ${quote(p)} (ignoring case)`,
    test: (v) => v !== undefined && v.length >= lower.length && asciiEqualsAt(v, 0, lower),
    testRange: (s, start, end) => end - start >= lower.length && asciiEqualsAt(s, start, lower),
  };
}

/** s[start .. start+lower.length) equals `lower` after ASCII lower-casing s. Caller checks bounds. */
function asciiEqualsAt(s: string, start: number, lower: string): boolean {
  for (let i = 0; i < lower.length; i++) {
    let c = s.charCodeAt(start + i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== lower.charCodeAt(i)) return false;
  }
  return true;
}

function asciiLower(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[i];
  }
  return out;
}

/** UTF-8 byte length without TextEncoder (the engine targets plain ES2022). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** `'value'` for messages; long values are shortened so a sentence stays readable. */
export function quote(s: string): string {
  const shown = s.length > 120 ? `${s.slice(0, 117)}...` : s;
  return `'${shown}'`;
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `the string ${quote(v)}`;
  if (typeof v === 'object') return 'an object';
  return `the ${typeof v} ${String(v)}`;
}
