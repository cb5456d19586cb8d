import { describe, expect, it } from 'vitest';
import type { StringMatch } from '../../model/istio.ts';
import { compileStringMatch, MAX_REGEX_BYTES, type StringMatcher } from './compileStringMatch.ts';

function compile(m: StringMatch | null | undefined, ignoreCase = false): StringMatcher {
  const r = compileStringMatch(m, { ignoreCase, field: 'uri' });
  if (!r.ok) throw new Error(r.error);
  return r.matcher;
}

function compileError(m: unknown): string {
  const r = compileStringMatch(m as StringMatch, { field: 'headers.x' });
  if (r.ok) throw new Error('expected a compile error');
  return r.error;
}

// https://istio.io/latest/docs/reference/config/networking/virtual-service/#StringMatch
describe('rule 7: StringMatch exact, prefix and regex', () => {
  it('exact compares the whole value, case-sensitively', () => {
    const m = compile({ exact: '/ping' });
    expect(m.test('/ping')).toBe(true);
    expect(m.test('/Ping')).toBe(false);
    expect(m.test('/ping/')).toBe(false);
    expect(m.test(undefined)).toBe(false);
    expect(m.description).toBe("exact '/ping'");
  });

  it('prefix compares the start of the value', () => {
    const m = compile({ prefix: '/api' });
    expect(m.test('/api')).toBe(true);
    expect(m.test('/api/v1')).toBe(true);
    expect(m.test('/apx')).toBe(false);
    expect(m.test(undefined)).toBe(false);
  });

  // Envoy's safe_regex is re2::RE2::FullMatch (envoy source/common/common/regex.h,
  // CompiledGoogleReMatcher::match): the pattern must match the whole value, not a substring.
  it('regex is RE2 with full-match semantics', () => {
    const m = compile({ regex: 'v[0-9]+' });
    expect(m.test('v12')).toBe(true);
    expect(m.test('xv12')).toBe(false);
    expect(m.test('v12x')).toBe(false);
    expect(m.test(undefined)).toBe(false);
    expect(compile({ regex: 'a|ab' }).test('ab')).toBe(true);
    // The bookinfo cookie example from the Istio docs.
    const cookie = compile({ regex: '^(.*?;)?(user=jason)(;.*)?$' });
    expect(cookie.test('user=jason')).toBe(true);
    expect(cookie.test('a=1;user=jason;b=2')).toBe(true);
    expect(cookie.test('user=jasonx')).toBe(false);
  });

  it('a catastrophic backtracking pattern runs in linear time: (a+)+$ on 5000 a and !', () => {
    const m = compile({ regex: '(a+)+$' });
    expect(m.test(`${'a'.repeat(5000)}!`)).toBe(false);
    expect(m.test('a'.repeat(5000))).toBe(true);
    const nested = compile({ regex: '(x+x+)+y' });
    expect(nested.test('x'.repeat(20000))).toBe(false);
  });

  it('is compiled once: the same matcher answers many values', () => {
    const m = compile({ regex: '[a-z]+-[0-9]{2}' });
    for (let i = 0; i < 1000; i++) expect(m.test(`abc-${String(i % 100).padStart(2, '0')}`)).toBe(true);
  });

  it('testRange matches a slice without slicing, for every kind', () => {
    const s = 'x=alpha&y=beta';
    expect(compile({ exact: 'alpha' }).testRange(s, 2, 7)).toBe(true);
    expect(compile({ exact: 'alph' }).testRange(s, 2, 7)).toBe(false);
    expect(compile({ prefix: 'al' }).testRange(s, 2, 7)).toBe(true);
    expect(compile({ prefix: 'alpha&' }).testRange(s, 2, 7)).toBe(false);
    expect(compile({ regex: 'a.*a' }).testRange(s, 2, 7)).toBe(true);
    expect(compile({ regex: 'a.*a' }).testRange(s, 2, 14)).toBe(true);
    expect(compile({ regex: 'a.*a' }).testRange(s, 2, 13)).toBe(false);
    expect(compile({}).testRange(s, 2, 2)).toBe(true);
  });
});

describe('rule 7: headers: {x: {}} means present', () => {
  // Istio canBeConvertedToPresentMatch (pilot/pkg/networking/core/route/route.go): a StringMatch
  // with no match type becomes Envoy present_match.
  it('an empty object (or null) matches any value, but not an absent one', () => {
    for (const m of [{}, null, undefined, { exact: undefined }]) {
      const c = compile(m as StringMatch);
      expect(c.kind).toBe('present');
      expect(c.test('')).toBe(true);
      expect(c.test('anything')).toBe(true);
      expect(c.test(undefined)).toBe(false);
    }
  });
});

describe('rule 7: ignoreUriCase', () => {
  // Istio sets RouteMatch.case_sensitive = !ignoreUriCase; Envoy documents case_sensitive as
  // "Ignored for safe_regex matching" and folds ASCII only (absl::EqualsIgnoreCase).
  it('folds ASCII case for exact and prefix', () => {
    expect(compile({ exact: '/Ping' }, true).test('/pInG')).toBe(true);
    expect(compile({ exact: '/Ping' }, true).test('/pInGs')).toBe(false);
    expect(compile({ prefix: '/API' }, true).test('/api/v1')).toBe(true);
    expect(compile({ prefix: '/API' }, true).test('/ap')).toBe(false);
    expect(compile({ prefix: '/API' }, true).description).toBe("prefix '/API' (ignoring case)");
  });

  it('does not fold non-ASCII letters', () => {
    expect(compile({ exact: '/É' }, true).test('/é')).toBe(false);
  });

  it('does not apply to regex', () => {
    const m = compile({ regex: '/ping' }, true);
    expect(m.ignoreCase).toBe(false);
    expect(m.test('/ping')).toBe(true);
    expect(m.test('/PING')).toBe(false);
  });
});

describe('rule 7: invalid StringMatch values are compile errors, never throws', () => {
  it('invalid RE2 syntax (RE2 has no lookahead or backreferences)', () => {
    expect(compileError({ regex: '(?=a)b' })).toContain('not valid RE2');
    expect(compileError({ regex: '(a)\\1' })).toContain('not valid RE2');
    expect(compileError({ regex: '*' })).toContain('not valid RE2');
    expect(compileError({ regex: '[' })).toContain('not valid RE2');
  });

  // Istio pkg/config/validation validateStringRegexp: "regex is too large, max length allowed is 1024".
  it(`a regex over ${MAX_REGEX_BYTES} bytes`, () => {
    expect(compileStringMatch({ regex: 'a'.repeat(1024) }).ok).toBe(true);
    expect(compileError({ regex: 'a'.repeat(1025) })).toContain('too large');
    // Counted in UTF-8 bytes: 342 x 'é' (2 bytes each) = 684 bytes is fine, 513 = 1026 is not.
    expect(compileStringMatch({ regex: 'é'.repeat(342) }).ok).toBe(true);
    expect(compileError({ regex: 'é'.repeat(513) })).toContain('1026 bytes');
  });

  it('an empty regex (Istio: "regex string match should not be empty")', () => {
    expect(compileError({ regex: '' })).toContain('empty');
  });

  it('wrong shapes from YAML', () => {
    expect(compileError('jason')).toContain("not the string 'jason'");
    expect(compileError({ exact: 1 })).toContain('must be a string');
    expect(compileError({ exact: 'a', prefix: 'b' })).toContain('only one of');
    expect(compileError({ suffix: 'a' })).toContain("unknown field 'suffix'");
    expect(compileError(['a'])).toContain('a list');
  });
});
