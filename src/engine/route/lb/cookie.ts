/**
 * consistentHash.httpCookie, as Envoy's CookieHashMethod does it (envoyproxy/envoy
 * source/common/http/hash_policy.cc @02a06681):
 *
 *   value = Utility::parseCookieValue(headers, key_);
 *   if (value.empty() && ttl_.has_value()) { value = add_cookie(...); hash = xxHash64(value); }
 *   else if (!value.empty()) { hash = xxHash64(value); }
 *
 * add_cookie is generateCookie (source/extensions/load_balancing_policies/common/
 * thread_aware_lb_impl.cc): `value = remote_address->asString() + local_address->asString();
 * cookie_value = Hex::uint64ToHex(HashUtil::xxHash64(value))`, returned to the client in a
 * Set-Cookie built by Utility::makeSetCookieValue. So a generated cookie is the 16-hex-digit
 * XXH64 of "<client ip:port><listener ip:port>" and the request is hashed on those 16 characters.
 * A present-but-empty cookie counts as absent. If Envoy has no addresses to generate from, the
 * newest tests (ring_hash_lb_test.cc RingHashLbWithHashPolicy, "Cookie not exists and no valid
 * addresses") expect no key, i.e. a random pick; the simulator always has addresses.
 */
import { hashString } from './hashKey.ts';
import { u64ToHex } from './u64.ts';

/**
 * The value of cookie `name` across the request's Cookie header lines, Envoy's parse
 * (source/common/http/utility.cc forEachCookie/parseCookie): each line is split on ';' (empty
 * pieces dropped, no trimming), a piece without '=' is skipped, the name runs from the first
 * non-space to the first '=', the value is everything after it (trailing spaces kept) with one
 * pair of surrounding double quotes removed; names compare case-sensitively and the first match
 * wins, even if empty. Returns "" when absent, as Envoy does.
 */
export function parseCookieValue(cookieHeaders: readonly string[], name: string): string {
  for (const line of cookieHeaders) {
    for (const piece of line.split(';')) {
      if (piece === '') continue;
      const eq = piece.indexOf('=');
      if (eq < 0) continue;
      let start = 0;
      while (start < piece.length && piece.charCodeAt(start) === 0x20) start++;
      if (piece.slice(start, eq) !== name) continue;
      let v = piece.slice(eq + 1);
      if (v.length >= 2 && v.charCodeAt(0) === 0x22 && v.charCodeAt(v.length - 1) === 0x22) v = v.slice(1, -1);
      return v;
    }
  }
  return '';
}

/** The cookie value Envoy generates: Hex::uint64ToHex(xxHash64(remote + local)). */
export function generateCookieValue(remoteAddress: string, localAddress: string): string {
  return u64ToHex(hashString(remoteAddress + localAddress));
}

/** A hash key from a cookie, plus what Envoy does to the response when it had to make one. */
export interface CookieHashKey {
  hash: bigint;
  /** The cookie value hashed (the generated one when `generated`). */
  value: string;
  generated: boolean;
  /** The Set-Cookie response header value when generated. */
  setCookie?: string;
}

/**
 * The hash key for httpCookie {name, path, ttl}. `ttlSeconds` undefined means Istio's ttl was
 * not set: an absent cookie then gives no key (random pick). With a ttl, an absent cookie is
 * generated from the connection's addresses (`ip:port` strings as Envoy's asString prints them,
 * "[v6]:port" for IPv6): for a sidecar's outbound listener, remote = client pod ip:ephemeral
 * port, local = the original destination ip:port, so each new connection gets a new cookie.
 */
export function cookieHashKey(
  cookieHeaders: readonly string[],
  name: string,
  path: string,
  ttlSeconds: number | undefined,
  connection?: { remoteAddress: string; localAddress: string },
): CookieHashKey | undefined {
  const value = parseCookieValue(cookieHeaders, name);
  if (value !== '') return { hash: hashString(value), value, generated: false };
  if (ttlSeconds === undefined || !connection) return undefined;
  const made = generateCookieValue(connection.remoteAddress, connection.localAddress);
  return {
    hash: hashString(made),
    value: made,
    generated: true,
    setCookie: makeSetCookieValue(name, made, path, ttlSeconds),
  };
}

/**
 * Envoy's Utility::makeSetCookieValue (utility.cc) with httponly = true and no extra attributes:
 * `name="value"`, then `; Max-Age=<ttl>` unless ttl is 0 (a session cookie), `; Path=<path>`
 * when set, and `; HttpOnly`.
 */
export function makeSetCookieValue(name: string, value: string, path: string, ttlSeconds: number): string {
  let s = `${name}="${value}"`;
  if (ttlSeconds !== 0) s += `; Max-Age=${ttlSeconds}`;
  if (path !== '') s += `; Path=${path}`;
  return s + '; HttpOnly';
}
