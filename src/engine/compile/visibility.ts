/**
 * exportTo semantics (rule 5): '*' = every namespace, a namespace name = that namespace
 * ('.' was already replaced by the resource's own namespace when the model was built, and an
 * omitted exportTo by '*'). An empty list is what `exportTo: ["~"]` leaves: visible nowhere
 * (istio pilot/pkg/model/push_context.go initVirtualServices skips visibility.None).
 * istio.io/latest/docs/reference/config/networking/virtual-service/#VirtualService (exportTo)
 */
export function isVisibleTo(exportTo: readonly string[], clientNamespace: string): boolean {
  for (const e of exportTo) {
    if (e === '*' || e === clientNamespace) return true;
  }
  return false;
}

/**
 * Group of a config for a client, for first-wins ordering (rule 5): 0 = private to the client's
 * namespace, 1 = exported to it by name, 2 = public. Istio's sidecar scope collects
 * namespace-local configs before exported and public ones (pilot/pkg/model/push_context.go,
 * virtualServiceIndex: privateByNamespaceAndGateway, exportedToNamespaceByGateway, publicByGateway).
 */
export function visibilityGroup(exportTo: readonly string[], ownNamespace: string, clientNamespace: string): 0 | 1 | 2 {
  const isPublic = exportTo.includes('*');
  if (!isPublic && ownNamespace === clientNamespace && exportTo.includes(clientNamespace)) return 0;
  if (!isPublic) return 1;
  return 2;
}

/**
 * Istio orders configs by creationTimestamp, then name, then namespace (pilot/pkg/model/config.go
 * configCompareByCreationTime; MergedVirtualServices is sorted with it). The playground adds:
 * without timestamps, document order (as if applied top to bottom); a config with a timestamp
 * sorts before one without (the latter counts as applied just now).
 */
export function compareByCreation(
  a: { creationTimestamp?: string; name: string; namespace: string; docIndex: number },
  b: { creationTimestamp?: string; name: string; namespace: string; docIndex: number },
): number {
  const ta = a.creationTimestamp ? Date.parse(a.creationTimestamp) : NaN;
  const tb = b.creationTimestamp ? Date.parse(b.creationTimestamp) : NaN;
  const ha = !Number.isNaN(ta);
  const hb = !Number.isNaN(tb);
  if (ha !== hb) return ha ? -1 : 1;
  if (!ha) return a.docIndex - b.docIndex;
  if (ta !== tb) return ta - tb;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  if (a.namespace !== b.namespace) return a.namespace < b.namespace ? -1 : 1;
  return a.docIndex - b.docIndex;
}

/** Does a (possibly wildcard) config host cover a concrete host name? '*.ns.svc.cluster.local' covers 'a.ns.svc.cluster.local'. */
export function hostMatches(pattern: string, host: string): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('*')) return host.endsWith(pattern.slice(1));
  return pattern === host;
}
