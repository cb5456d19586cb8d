import type { VirtualService } from '../model/mesh.ts';
import type { MeshIndex } from './meshIndex.ts';
import type { CompiledRoute, IgnoredVirtualService } from './types.ts';
import { compareByCreation, hostMatches, isVisibleTo, visibilityGroup } from './visibility.ts';

export interface VirtualServiceSelection {
  /** Bound to this proxy's gateway and visible to its namespace, in first-wins order (rule 5). */
  applicable: VirtualService[];
  /** Claim hosts but do not apply to this proxy at all, with the reason (rules 3 and 5). */
  excluded: IgnoredVirtualService[];
}

/**
 * Rules 3 and 5: the VirtualServices a proxy considers. `gateway` is 'mesh' for sidecars
 * or 'ns/name' for a gateway proxy. Order: private to the client's namespace, exported to
 * it by name, public; oldest first inside each group.
 */
export function selectVirtualServices(index: MeshIndex, clientNs: string, gateway: string): VirtualServiceSelection {
  const applicable: VirtualService[] = [];
  const excluded: IgnoredVirtualService[] = [];
  for (const vs of index.model.virtualServices) {
    if (!vs.gateways.includes(gateway)) {
      const reason =
        gateway === 'mesh'
          ? `gateway-only: gateways [${vs.gateways.join(', ')}] does not include mesh, so sidecars ignore it`
          : `not bound to gateway ${gateway} (gateways [${vs.gateways.join(', ')}])`;
      excluded.push({ vs, reason });
      continue;
    }
    if (!isVisibleTo(vs.exportTo, clientNs)) {
      excluded.push({ vs, reason: `not exported to namespace ${clientNs} (exportTo [${vs.exportTo.join(', ')}])` });
      continue;
    }
    applicable.push(vs);
  }
  applicable.sort((a, b) => {
    const ga = visibilityGroup(a.exportTo, a.namespace, clientNs);
    const gb = visibilityGroup(b.exportTo, b.namespace, clientNs);
    return ga !== gb ? ga - gb : compareByCreation(a, b);
  });
  return { applicable, excluded };
}

/** Does any of the VirtualService's hosts cover `host`? */
export function claimsHost(vs: VirtualService, host: string): boolean {
  return vs.hosts.some((h) => hostMatches(h, host));
}

/**
 * The VirtualService that wins `host` and the ones that lose it, with reasons. Istio does not
 * merge VirtualServices for one host on a sidecar: the first wins (pilot/pkg/networking/core/
 * httproute.go BuildSidecarOutboundVirtualHosts drops a "duplicate domain from virtual service").
 * For a Service host, one naming it exactly beats any wildcard host, whatever the order; among
 * wildcards only the most specific pattern's first VirtualService may claim it (route.go
 * separateVSHostsAndServices + sidecar.go computeWildcardHostVirtualServiceIndex). With
 * `literal` (a host that is no Service) only VirtualServices listing exactly that host compete:
 * a wildcard one gets its own wildcard virtual host.
 * With `compile`, a VirtualService none of whose routes applies to this client (rule 6: every
 * match block dropped) does not count: Istio builds no virtual host for it ("no routes matched"
 * in route.go BuildHTTPRoutesForVirtualService), so the next exact one, or the Service's default
 * route, takes the host.
 */
export function pickVirtualServiceForHost(
  sel: VirtualServiceSelection,
  host: string,
  compile?: (vs: VirtualService) => CompiledRoute[],
  literal = false,
): { winner?: VirtualService; routes: CompiledRoute[]; ignored: IgnoredVirtualService[] } {
  const ignored: IgnoredVirtualService[] = [];
  const index = hostIndexOf(sel);
  const exact = index.exact.get(host) ?? [];
  let candidates = exact;
  let wildcard: string | undefined;
  if (!literal && exact.length === 0) {
    let best: VirtualService | undefined;
    for (const vs of index.wildcards) {
      for (const h of vs.hosts) {
        if (h.startsWith('*') && hostMatches(h, host) && (wildcard === undefined || h.length > wildcard.length)) {
          best = vs;
          wildcard = h;
        }
      }
    }
    candidates = best ? [best] : [];
  }
  let winner: VirtualService | undefined;
  let routes: CompiledRoute[] = [];
  for (const vs of candidates) {
    if (winner) {
      ignored.push({ vs, reason: `${winner.namespace}/${winner.name} claims the same host first (older or closer namespace); VirtualServices are not merged` });
      continue;
    }
    if (compile) {
      const compiled = compile(vs);
      if (compiled.length === 0) {
        ignored.push({ vs, reason: 'none of its http routes applies to this client (every match block is for other source labels, namespaces, gateways or ports, or there is no http route), so Istio skips it' });
        continue;
      }
      routes = compiled;
    }
    winner = vs;
  }
  if (!literal) {
    // The ones that claim `host`: naming it, or a wildcard covering it; in first-wins order.
    const claimers = [...exact, ...index.wildcards.filter((vs) => !exact.includes(vs) && claimsHost(vs, host))];
    if (exact.length > 0 && claimers.length > exact.length) claimers.sort((a, b) => index.order.get(a)! - index.order.get(b)!);
    for (const vs of claimers) {
      if (candidates.includes(vs)) continue;
      ignored.push({
        vs,
        reason: exact.length > 0
          ? `only a wildcard host of it covers ${host}, and ${exact[0].namespace}/${exact[0].name} names ${host} exactly: an exact host always beats a wildcard`
          : `its wildcard host is less specific than ${wildcard}, or a VirtualService listed first has the same one`,
      });
    }
  }
  for (const ex of sel.excluded) if (literal ? ex.vs.hosts.includes(host) : claimsHost(ex.vs, host)) ignored.push(ex);
  return { winner, routes, ignored };
}

interface HostIndex {
  /** Applicable VirtualServices per host as written (wildcards too), in first-wins order. */
  exact: Map<string, VirtualService[]>;
  /** Applicable VirtualServices with a wildcard host, in first-wins order. */
  wildcards: VirtualService[];
  /** Position in `applicable`. */
  order: Map<VirtualService, number>;
}

/**
 * pickVirtualServiceForHost runs for every Service on every port of every client view, so a scan
 * of every VirtualService per call grows as Services x VirtualServices (on the generated large
 * mesh the index takes 2-5 ms off describeTopology's 27-29 ms). A selection is immutable.
 */
const hostIndexes = new WeakMap<VirtualServiceSelection, HostIndex>();
function hostIndexOf(sel: VirtualServiceSelection): HostIndex {
  let index = hostIndexes.get(sel);
  if (index) return index;
  index = { exact: new Map(), wildcards: [], order: new Map() };
  sel.applicable.forEach((vs, i) => {
    index!.order.set(vs, i);
    let wildcard = false;
    for (const h of new Set(vs.hosts)) {
      // A wildcard is also listed as written: a `literal` lookup asks for '*.example.com' itself.
      if (h.startsWith('*')) wildcard = true;
      const list = index!.exact.get(h);
      if (list) list.push(vs);
      else index!.exact.set(h, [vs]);
    }
    if (wildcard) index!.wildcards.push(vs);
  });
  hostIndexes.set(sel, index);
  return index;
}
