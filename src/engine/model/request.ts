/**
 * One HTTP request as a client sends it. Header names are lower-case; a header sent
 * several times keeps every value in order. `authority` is the Host header value
 * including any port (Envoy's :authority).
 */
export interface HttpRequest {
  method: string;
  scheme: 'http' | 'https';
  /** Host header as sent, e.g. 'reviews.prod:9080' (port kept: rule 2 ignores it for matching). */
  authority: string;
  /** Host part of the URL, without port. */
  host: string;
  /** Destination port: the URL's port, else 80 (http) / 443 (https). */
  port: number;
  /** Path without the query string, always starting with '/'. */
  path: string;
  /** Raw query string without '?', '' when none. */
  query: string;
  /** Lower-cased header name -> values in the order sent. Includes 'host'? No: use authority. */
  headers: Record<string, string[]>;
  /** Cookie name -> value (from -b/--cookie and Cookie headers). */
  cookies: Record<string, string>;
}
