/**
 * Istio's host.Name.Matches (pkg/config/host/name.go): two host names match when they are equal
 * or a wildcard (`*`, `*.example.com`) of one covers the other, in either direction.
 */
export function hostsMatch(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  const xw = x.startsWith('*');
  const yw = y.startsWith('*');
  if (xw && yw) return x.length > y.length ? x.endsWith(y.slice(1)) : y.endsWith(x.slice(1));
  if (xw) return y.endsWith(x.slice(1));
  if (yw) return x.endsWith(y.slice(1));
  return false;
}
