import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hashHeaderValues, hashQueryParameter, hashSourceIp, hashString, queryParameterValue, xxh64Chain } from './hashKey.ts';
import { xxh64 } from './xxh64.ts';

describe('hashHeaderValues', () => {
  it('xxh64Chain is Envoy\'s span overload (hash_test.cc xxHashWithVector)', () => {
    expect(xxh64Chain(['foo', 'bar'])).toBe(17745830980996999794n);
    expect(xxh64Chain(['foo', 'bar'])).toBe(xxh64('bar', xxh64('foo')));
    expect(xxh64Chain([])).toBe(0n);
  });

  it('sorts repeated values bytewise, then chains them (HeaderHashMethod)', () => {
    expect(hashHeaderValues(['foo', 'bar'])).toBe(6648465492906218751n);
    expect(hashHeaderValues(['bar', 'foo'])).toBe(6648465492906218751n);
    expect(hashHeaderValues(['foo', 'bar'])).toBe(xxh64Chain(['bar', 'foo']));
  });

  it('one value is plain xxh64; an empty value still hashes; no header gives no key', () => {
    expect(hashHeaderValues(['foo'])).toBe(3728699739546630719n);
    expect(hashHeaderValues([''])).toBe(17241709254077376921n);
    expect(hashHeaderValues([])).toBeUndefined();
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), (vs) => {
        const shuffled = [...vs].reverse();
        expect(hashHeaderValues(shuffled)).toBe(hashHeaderValues(vs));
      }),
    );
  });
});

describe('hashSourceIp', () => {
  it('hashes the address text without port', () => {
    expect(hashSourceIp('10.0.0.1')).toBe(xxh64('10.0.0.1'));
    expect(hashSourceIp('')).toBeUndefined();
  });
});

describe('queryParameterValue / hashQueryParameter', () => {
  it('follows Envoy parseQueryString: first match, no decoding, bare name = ""', () => {
    expect(queryParameterValue('/p?a=1&b=2&a=3', 'a')).toBe('1');
    expect(queryParameterValue('/p?a=1&b=2&a=3', 'b')).toBe('2');
    expect(queryParameterValue('/p?user', 'user')).toBe('');
    expect(queryParameterValue('/p?user=', 'user')).toBe('');
    expect(queryParameterValue('/p?u=%41%20', 'u')).toBe('%41%20');
    expect(queryParameterValue('/p?a=b=c', 'a')).toBe('b=c');
    expect(queryParameterValue('/p?&&a=1&', 'a')).toBe('1');
    expect(queryParameterValue('/p?ab=1', 'a')).toBeUndefined();
    expect(queryParameterValue('/p', 'a')).toBeUndefined();
    expect(queryParameterValue('/p?x=1?a=2', 'a')).toBeUndefined(); // only the first '?' starts the query
  });

  it('hashes the raw value, or gives no key when the parameter is absent', () => {
    expect(hashQueryParameter('/p?user=bar', 'user')).toBe(5234164152756840025n);
    expect(hashQueryParameter('/p?user', 'user')).toBe(17241709254077376921n);
    expect(hashQueryParameter('/p?other=1', 'user')).toBeUndefined();
    expect(hashString('lyft')).toBe(4400747396090729504n);
  });
});
