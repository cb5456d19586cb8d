import { getRouteTable, type CompiledMesh, type getClientView } from '../compile/compileMesh.ts';
import { findVirtualHost } from '../compile/routeTable.ts';
import type { RouteTable, VirtualHost } from '../compile/types.ts';

type View = ReturnType<typeof getClientView>;

/** A Host header's virtual host on one listener port, with the keys a Decision reports. */
export interface VhostMatch {
  vhost: VirtualHost;
  domain: string;
  /** 'ns/name' of vhost.service, when any. */
  serviceKey: string | undefined;
  /** 'ns/name' of vhost.virtualService, when any. */
  virtualServiceKey: string | undefined;
  /** 'ns/name' of the VirtualService each of vhost.routes comes from (a gateway merges several). */
  routeVirtualServiceKeys: string[];
}

/** One listener port of a client: its route table and the Host headers already looked up. */
export interface VhostLookup {
  table: RouteTable;
  byAuthority: Map<string, VhostMatch | null>;
}

/** Distinct Host headers remembered per client and port; more clear the memo (typing in the composer). */
const MAX_AUTHORITIES = 4096;

/** The client's route table for a listener port, with its Host-header memo. */
export function portLookup(mesh: CompiledMesh, view: View, port: number): VhostLookup {
  let lookup = view.vhostCache.get(port);
  if (!lookup) {
    lookup = { table: getRouteTable(mesh, view, port), byAuthority: new Map() };
    view.vhostCache.set(port, lookup);
  }
  return lookup;
}

/**
 * Rule 2's virtual host selection, memoised per client, port and Host header: the route table
 * never changes for a compiled mesh, so lower-casing, port stripping and the domain lookup run
 * once per distinct Host, and the hot path costs map reads.
 */
export function matchAuthority(lookup: VhostLookup, authority: string): VhostMatch | null {
  let found = lookup.byAuthority.get(authority);
  if (found === undefined) {
    const f = findVirtualHost(lookup.table, authority);
    found = f
      ? {
          vhost: f.vhost,
          domain: f.domain,
          serviceKey: f.vhost.service ? `${f.vhost.service.namespace}/${f.vhost.service.name}` : undefined,
          virtualServiceKey: f.vhost.virtualService ? `${f.vhost.virtualService.namespace}/${f.vhost.virtualService.name}` : undefined,
          routeVirtualServiceKeys: f.vhost.routes.map((r) => `${r.virtualService.namespace}/${r.virtualService.name}`),
        }
      : null;
    if (lookup.byAuthority.size >= MAX_AUTHORITIES) lookup.byAuthority.clear();
    lookup.byAuthority.set(authority, found);
  }
  return found;
}
