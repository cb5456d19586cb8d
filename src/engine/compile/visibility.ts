/**
 * exportTo semantics (rule 5): '*' = every namespace, a namespace name = that namespace
 * ('.' was already replaced by the resource's own namespace when the model was built).
 * istio.io/latest/docs/reference/config/networking/virtual-service/#VirtualService (exportTo)
 */
export function isVisibleTo(exportTo: readonly string[], clientNamespace: string): boolean {
  if (exportTo.length === 0) return true;
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
  const isPublic = exportTo.length === 0 || exportTo.includes('*');
  if (!isPublic && ownNamespace === clientNamespace && exportTo.includes(clientNamespace)) return 0;
  if (!isPublic) return 1;
  return 2;
}

/** Istio orders configs by creationTimestamp, then name, then namespace (model/config.go sortConfigByCreationTime). */
export function compareByCreation(
  a: { creationTimestamp?: string; name: string; namespace: string; docIndex: number },
  b: { creationTimestamp?: string; name: string; namespace: string; docIndex: number },
): number {
  if (a.creationTimestamp && b.creationTimestamp && a.creationTimestamp !== b.creationTimestamp) {
    return Date.parse(a.creationTimestamp) - Date.parse(b.creationTimestamp);
  }
  if (a.creationTimestamp && !b.creationTimestamp) return -1;
  if (!a.creationTimestamp && b.creationTimestamp) return 1;
  if (!a.creationTimestamp && !b.creationTimestamp) return a.docIndex - b.docIndex;
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
