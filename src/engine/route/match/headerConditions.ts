import type { HttpRequest } from '../../model/request.ts';

const PSEUDO_PATH = ':path';

/** `headers` / `withoutHeaders` names under `@request.auth.claims` are JWT claim conditions, not headers. */
export function isJwtClaim(lowerName: string): boolean {
  return lowerName.startsWith('@request.auth.claims');
}

/**
 * The value Envoy matches for a header name: undefined when absent, the single value, or all
 * values joined with ','. Pseudo-headers and `host` read the request line.
 */
export function headerValue(req: HttpRequest, name: string): string | undefined {
  const values = req.headers[name];
  if (Array.isArray(values)) {
    if (values.length === 1) return values[0];
    if (values.length > 1) return values.join(',');
  }
  if (name.charCodeAt(0) === 58 /* ':' */ || name === 'host') {
    switch (name) {
      case 'host':
      case ':authority':
        return req.authority;
      case ':method':
        return req.method;
      case ':scheme':
        return req.scheme;
      case PSEUDO_PATH:
        return req.query === '' ? req.path : `${req.path}?${req.query}`;
    }
  }
  return undefined;
}
