/**
 * Request hash keys for consistentHash, as Envoy's route hash policies compute them
 * (envoyproxy/envoy source/common/http/hash_policy.cc @02a06681, classes HeaderHashMethod,
 * IpHashMethod, QueryParameterHashMethod). `undefined` means "no hash key": Envoy then feeds a
 * random 64-bit value into the ring/table instead (ThreadAwareLoadBalancerBase::LoadBalancerImpl::
 * chooseHost, thread_aware_lb_impl.cc: `const uint64_t h = hash ? hash.value() : random_.random()`).
 * Cookies live in cookie.ts.
 */
import { compareUtf8, utf8Encode } from './utf8.ts';
import { xxh64Into } from './xxh64.ts';
import { u64FromHalves } from './u64.ts';

const out = new Uint32Array(2);

/**
 * httpHeaderName. `values` are the header's values in arrival order, one per header line (a
 * single line "a, b" is one value; Envoy does not split on commas). Envoy sorts them bytewise so
 * the order of repeated headers does not matter, then chains them (hash_policy.cc
 * HeaderHashMethod::evaluate: `std::sort(header_values...)` then
 * `HashUtil::xxHash64(absl::MakeSpan(header_values))`, see xxh64Chain). One value is therefore
 * plain xxh64(v, 0), and {foo, bar} in either order hashes as the chain bar -> foo:
 * 6648465492906218751 (17745830980996999794 is the unsorted chain foo -> bar, the vector of
 * Envoy's hash_test.cc xxHashWithVector, which tests the span overload alone).
 * An empty value still hashes (to xxh64("")); only a missing header gives no key.
 */
export function hashHeaderValues(values: readonly string[]): bigint | undefined {
  if (values.length === 0) return undefined;
  return xxh64Chain(values.length === 1 ? values : [...values].sort(compareUtf8));
}

/**
 * Envoy's HashUtil::xxHash64(absl::Span<absl::string_view>, seed = 0) (source/common/common/
 * hash.cc): `for (auto& i : input) seed = XXH64(i.data(), i.size(), seed); return seed;`, i.e.
 * each value's hash seeds the next, in the order given. Empty list -> the seed, 0.
 */
export function xxh64Chain(values: readonly string[]): bigint {
  let hi = 0;
  let lo = 0;
  for (const v of values) {
    const b = utf8Encode(v);
    xxh64Into(b, 0, b.length, hi, lo, out);
    hi = out[0];
    lo = out[1];
  }
  return u64FromHalves(hi, lo);
}

/**
 * useSourceIp: xxh64 of the downstream IP *without port* (IpHashMethod::evaluate hashes
 * `downstream_addr->ip()->addressAsString()`). Pass the canonical text form Envoy prints:
 * dotted quad for IPv4, RFC 5952 compressed lowercase without brackets for IPv6. For a sidecar's
 * outbound listener the downstream peer is the client pod's own IP. Empty -> no key.
 */
export function hashSourceIp(ip: string): bigint | undefined {
  if (ip === '') return undefined;
  return hashString(ip);
}

/**
 * httpQueryParameterName: Envoy parses the :path with QueryParamsMulti::parseQueryString
 * (source/common/http/utility.cc): everything after the first '?', split on '&', name/value at
 * the first '=', NO percent-decoding, first occurrence wins (getFirstValue). A parameter with no
 * '=' (`?user`) has the value "" and still produces a key: xxh64("").
 */
export function hashQueryParameter(path: string, name: string): bigint | undefined {
  const value = queryParameterValue(path, name);
  return value === undefined ? undefined : hashString(value);
}

/** The raw (undecoded) first value of query parameter `name` in `path`, Envoy's way. */
export function queryParameterValue(path: string, name: string): string | undefined {
  const q = path.indexOf('?');
  if (q < 0) return undefined;
  let start = q + 1;
  while (start < path.length) {
    let end = path.indexOf('&', start);
    if (end < 0) end = path.length;
    const eq = path.indexOf('=', start);
    if (eq >= 0 && eq < end) {
      if (path.slice(start, eq) === name) return path.slice(eq + 1, end);
    } else if (path.slice(start, end) === name) {
      return '';
    }
    start = end + 1;
  }
  return undefined;
}

/** xxh64(s, 0) over the UTF-8 bytes of s: the hash of one string key. */
export function hashString(s: string): bigint {
  const b = utf8Encode(s);
  xxh64Into(b, 0, b.length, 0, 0, out);
  return u64FromHalves(out[0], out[1]);
}
