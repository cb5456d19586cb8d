/** Dotted-quad IPv4 helpers shared by pod and Service address assignment. */

export function isIPv4(s: string): boolean {
  const parts = s.split('.');
  return (
    parts.length === 4 &&
    parts.every((p) => /^(0|[1-9][0-9]{0,2})$/.test(p) && Number(p) <= 255)
  );
}

export function formatIPv4(a: number, b: number, c: number, d: number): string {
  return `${a}.${b}.${c}.${d}`;
}

/**
 * Assigns addresses so each one depends only on its own key, except on a collision:
 * keys are visited in sorted order and a later key re-hashes (`attempt` 1, 2, ...).
 * So an address changes only if a key sorting before it lands on the same address, which
 * for the address spaces used here is rare (and never depends on document order).
 */
export function assignByKey(
  keys: readonly string[],
  taken: Set<string>,
  addressFor: (key: string, attempt: number) => string,
): Map<string, string> {
  const out = new Map<string, string>();
  const sorted = [...new Set(keys)].sort();
  for (const key of sorted) {
    let attempt = 0;
    let ip = addressFor(key, attempt);
    while (taken.has(ip)) ip = addressFor(key, ++attempt);
    taken.add(ip);
    out.set(key, ip);
  }
  return out;
}
