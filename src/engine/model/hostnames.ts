/**
 * Host names as Istio reads them (DESIGN.md rules 2 and 4).
 */

export const CLUSTER_DOMAIN = 'cluster.local';

/** `reviews` in `prod` -> `reviews.prod.svc.cluster.local`. */
export function serviceFqdn(name: string, namespace: string): string {
  return `${name}.${namespace}.svc.${CLUSTER_DOMAIN}`;
}

/**
 * Rule 4: a VirtualService / DestinationRule host without a dot is a short Service name,
 * relative to the namespace of the resource that wrote it (not the client's!). A name with a
 * dot is taken literally, so `reviews.prod` stays `reviews.prod` (Istio does not expand it
 * either, which is a common source of "my rule does nothing"). `*` and `*.x` stay as written.
 */
export function expandHost(host: string, namespace: string): string {
  if (host === '*' || host.includes('.')) return host;
  return serviceFqdn(host, namespace);
}

export interface ServiceHostInput {
  name: string;
  namespace: string;
  /** 'None' for a headless Service (it then has no IP domain). */
  clusterIP?: string;
}

/**
 * Rule 2: the domains a sidecar's virtual host for Service `svc` in `ns` answers to.
 * The bare `svc` only resolves through the client's DNS search path, so it is listed only
 * when `clientNamespace` is the Service's namespace. Most specific first.
 */
export function serviceHostAliases(svc: ServiceHostInput, clientNamespace?: string): string[] {
  const out = [serviceFqdn(svc.name, svc.namespace), `${svc.name}.${svc.namespace}.svc`, `${svc.name}.${svc.namespace}`];
  if (svc.clusterIP && svc.clusterIP !== 'None') out.push(svc.clusterIP);
  if (clientNamespace === svc.namespace) out.push(svc.name);
  return out;
}

/**
 * Host header -> host name used for matching: lower-cased, port dropped (rule 2 ignores it).
 * Handles `[v6]:port`.
 */
export function hostWithoutPort(authority: string): string {
  const a = authority.trim().toLowerCase();
  if (a.startsWith('[')) {
    const end = a.indexOf(']');
    return end === -1 ? a : a.slice(0, end + 1);
  }
  const colon = a.lastIndexOf(':');
  return colon === -1 ? a : a.slice(0, colon);
}
