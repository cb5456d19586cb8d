import type { HTTPMatchRequest, StringMatch } from '../../model/istio.ts';

/** What rule 6 needs to know about the sending proxy. */
export interface ClientFacts {
  labels: Record<string, string> | undefined;
  namespace: string;
  /** 'mesh' for a sidecar, 'ns/name' of the Gateway resource for a gateway proxy. */
  gateway: string;
  /** The listener (destination) port the request uses. */
  port: number;
}

/**
 * Rule 6: the per-client conditions of a match block, evaluated when the client's config is
 * built (istio pilot route.go translateRoute + sourceMatchHTTP):
 * - `port` set and different from the listener port -> drop;
 * - `gateways` set -> keep iff one of them is this proxy's gateway ('mesh' for sidecars);
 *   in that case `sourceLabels` and `sourceNamespace` are NOT checked (Istio's `else if`);
 * - otherwise keep iff `sourceLabels` is a subset of the client's labels and `sourceNamespace`
 *   is empty or the client's namespace.
 * Gateway short names are resolved against `vsNamespace` like Istio's resolveGatewayName
 * (`gw` -> `ns/gw`, `./gw` -> `ns/gw`, legacy `gw.ns.svc.cluster.local` -> `ns/gw`).
 */
export function evaluateClientConditions(
  match: HTTPMatchRequest | null | undefined,
  client: ClientFacts,
  vsNamespace?: string,
): 'keep' | 'drop' {
  if (!match || typeof match !== 'object') return 'keep';
  if (typeof match.port === 'number' && match.port !== 0 && match.port !== client.port) return 'drop';
  const gateways = Array.isArray(match.gateways) ? match.gateways.filter((g): g is string => typeof g === 'string') : [];
  if (gateways.length > 0) {
    for (const g of gateways) {
      const resolved = g === 'mesh' || vsNamespace === undefined ? g : resolveGatewayName(g, vsNamespace);
      if (resolved === client.gateway) return 'keep';
    }
    return 'drop';
  }
  const want = match.sourceLabels;
  if (want && typeof want === 'object') {
    const have = client.labels ?? {};
    for (const k of Object.keys(want)) {
      if (!Object.prototype.hasOwnProperty.call(have, k) || have[k] !== want[k]) return 'drop';
    }
  }
  if (typeof match.sourceNamespace === 'string' && match.sourceNamespace !== '' && match.sourceNamespace !== client.namespace) {
    return 'drop';
  }
  return 'keep';
}

/** Istio's resolveGatewayName (pilot/pkg/model/config.go). 'mesh' must be handled by the caller. */
export function resolveGatewayName(name: string, vsNamespace: string): string {
  const slash = name.indexOf('/');
  if (slash < 0) {
    const dot = name.indexOf('.');
    if (dot < 0) return `${vsNamespace}/${name}`;
    // Legacy FQDN: name.ns.svc.cluster.local -> ns/name
    const rest = name.slice(dot + 1);
    const dot2 = rest.indexOf('.');
    return `${dot2 < 0 ? rest : rest.slice(0, dot2)}/${name.slice(0, dot)}`;
  }
  if (name.slice(0, slash) === '.') return `${vsNamespace}/${name.slice(slash + 1)}`;
  return name;
}

/**
 * Whether a match block still constrains the request once the per-client conditions are gone.
 * False exactly when Istio's generated Envoy route is a catch-all (route.go IsCatchAllRoute):
 * path is prefix '/' (or absent, or `{}`) or regex '.*', and there is no header, query
 * parameter, method, authority or scheme condition. Such a block makes its route a catch-all,
 * so later routes never apply to that client (rule 6).
 */
export function hasRequestConditions(match: HTTPMatchRequest | null | undefined): boolean {
  if (!match || typeof match !== 'object') return false;
  if (nonEmptyMap(match.headers) || nonEmptyMap(match.withoutHeaders) || nonEmptyMap(match.queryParams)) return true;
  if (isSet(match.method) || isSet(match.authority) || isSet(match.scheme)) return true;
  const uri = match.uri as unknown;
  if (uri === undefined || uri === null) return false;
  if (typeof uri !== 'object') return true;
  const u = uri as StringMatch;
  if (typeof u.exact === 'string') return true;
  if (typeof u.prefix === 'string') return u.prefix !== '/';
  if (typeof u.regex === 'string') return u.regex !== '.*';
  return Object.keys(u).length > 0;
}

function isSet(v: unknown): boolean {
  return v !== undefined && v !== null;
}

function nonEmptyMap(v: unknown): boolean {
  return !!v && typeof v === 'object' && Object.keys(v).length > 0;
}
