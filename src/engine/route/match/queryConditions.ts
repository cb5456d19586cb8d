import type { StringMatcher } from './compileStringMatch.ts';

/**
 * Finds the first `name` parameter in a raw query string and tests its value in place.
 * Mirrors Envoy QueryParamsMulti::parseParameters without decoding: params split on '&', the
 * name runs to the first '=', a param without '=' has value ''.
 */
export function queryMatches(query: string, name: string, matcher: StringMatcher): boolean {
  const found = findQueryParam(query, name);
  if (found < 0) return false;
  if (matcher.kind === 'present') return true;
  const start = found;
  let end = query.indexOf('&', start);
  if (end < 0) end = query.length;
  return matcher.testRange(query, start, end);
}

/**
 * Start index of the first value of `name`, or -1. A param without '=' has an empty value that
 * starts (and ends) where the param ends. Like Envoy, a trailing '&' adds nothing, but an empty
 * segment in the middle ("a&&b") is a param with an empty name.
 */
function findQueryParam(query: string, name: string): number {
  const len = query.length;
  let start = 0;
  while (start < len) {
    let end = query.indexOf('&', start);
    if (end < 0) end = len;
    let nameEnd = start;
    while (nameEnd < end && query.charCodeAt(nameEnd) !== 61 /* '=' */) nameEnd++;
    if (nameEnd - start === name.length && query.startsWith(name, start)) return nameEnd === end ? end : nameEnd + 1;
    start = end + 1;
  }
  return -1;
}

/** First value of a query parameter as Envoy sees it (raw), or undefined. */
export function firstQueryValue(query: string, name: string): string | undefined {
  const start = findQueryParam(query, name);
  if (start < 0) return undefined;
  let end = query.indexOf('&', start);
  if (end < 0) end = query.length;
  return query.slice(start, end);
}
