/**
 * Keeps the previous object for every node or edge whose content did not change, so React Flow
 * re-renders only what a stats tick changed (it compares nodes by identity), and returns the
 * previous array itself when nothing changed at all.
 */
export function reuseUnchanged<T extends { id: string }>(previous: readonly T[] | undefined, next: T[]): T[] {
  if (!previous) return next;
  const byId = new Map(previous.map((item) => [item.id, item]));
  let same = previous.length === next.length;
  const out = next.map((item, i) => {
    const old = byId.get(item.id);
    const keep = old !== undefined && equalUpTo(old, item, 4);
    if (!keep || previous[i] !== old) same = false;
    return keep ? old : item;
  });
  return same ? (previous as T[]) : out;
}

/** Equal values, comparing plain objects and arrays key by key down to `depth` levels (then by identity). */
export function equalUpTo(a: unknown, b: unknown, depth: number): boolean {
  if (Object.is(a, b)) return true;
  if (depth <= 0 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => k in rb && equalUpTo(ra[k], rb[k], depth - 1));
}
