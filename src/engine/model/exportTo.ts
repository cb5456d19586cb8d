/**
 * `exportTo` of VirtualService / DestinationRule (DESIGN.md rule 5): omitted or empty ->
 * ['*'] (every namespace); `.` -> the resource's own namespace; `~` -> exported nowhere
 * (dropped, so ['~'] becomes []); other entries are namespace names. Duplicates removed.
 */
export const EXPORT_ALL = '*';

export function normalizeExportTo(exportTo: readonly string[] | undefined, ownNamespace: string): string[] {
  if (!exportTo || exportTo.length === 0) return [EXPORT_ALL];
  const out: string[] = [];
  for (const e of exportTo) {
    const ns = e === '.' ? ownNamespace : e;
    if (ns === '~' || out.includes(ns)) continue;
    out.push(ns);
  }
  return out;
}

/** Whether a resource with normalised `exportTo` is visible to clients in `namespace`. */
export function isExportedTo(exportTo: readonly string[], namespace: string): boolean {
  return exportTo.includes(EXPORT_ALL) || exportTo.includes(namespace);
}
