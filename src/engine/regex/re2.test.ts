import { afterEach, describe, expect, it } from 'vitest';
import { RE2JS } from 're2js';
import { compileStringMatch } from '../route/match/compileStringMatch.ts';
import { forgetRe2ForTests, hasRe2, provideRe2, Re2NotLoadedError } from './re2.ts';

describe('RE2 provided on demand', () => {
  afterEach(() => provideRe2(RE2JS));

  it('a regex compiled before RE2 is provided throws, never becomes a silent non-match', () => {
    forgetRe2ForTests();
    expect(hasRe2()).toBe(false);
    // A pattern not compiled by any other test, so the shared program cache cannot answer it.
    expect(() => compileStringMatch({ regex: 'only-without-re2-[0-9]+' })).toThrow(Re2NotLoadedError);
  });

  it('exact, prefix and present matches need no RE2', () => {
    forgetRe2ForTests();
    const exact = compileStringMatch({ exact: 'jason' });
    const prefix = compileStringMatch({ prefix: '/api' });
    expect(exact.ok && exact.matcher.test('jason')).toBe(true);
    expect(prefix.ok && prefix.matcher.test('/api/v1')).toBe(true);
  });

  it('once provided, a regex full-matches as Envoy safe_regex does', () => {
    forgetRe2ForTests();
    provideRe2(RE2JS);
    const r = compileStringMatch({ regex: 'v[0-9]+' });
    expect(r.ok && r.matcher.test('v12')).toBe(true);
    expect(r.ok && r.matcher.test('xv12')).toBe(false);
  });
});
