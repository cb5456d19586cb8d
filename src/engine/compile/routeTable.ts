import type { RouteTable, UnservedHost, VirtualHost } from './types.ts';
import { hostMatches } from './visibility.ts';

export function createRouteTable(port: number): RouteTable {
  return { port, virtualHosts: [], byDomain: new Map(), wildcards: [] };
}

/** Adds a virtual host; a domain already taken keeps its first owner (Envoy rejects duplicates, Istio dedupes). */
export function addVirtualHost(table: RouteTable, vhost: VirtualHost): void {
  table.virtualHosts.push(vhost);
  for (const d of vhost.domains) {
    const domain = d.toLowerCase();
    if (domain.startsWith('*')) {
      if (!table.wildcards.some((w) => w.suffix === domain.slice(1))) table.wildcards.push({ suffix: domain.slice(1), vhost });
    } else if (!table.byDomain.has(domain)) {
      table.byDomain.set(domain, vhost);
    }
  }
  table.wildcards.sort((a, b) => b.suffix.length - a.suffix.length);
}

/**
 * Envoy virtual host selection by Host header (rule 2): the port is stripped (Istio adds
 * host:port domains too, so the result is the same), exact domains first, then the longest
 * suffix wildcard. envoy source/common/router/config_impl.cc RouteMatcher::findVirtualHost.
 */
export function findVirtualHost(table: RouteTable, authority: string): { vhost: VirtualHost; domain: string } | undefined {
  const host = stripPort(authority).toLowerCase();
  const exact = table.byDomain.get(host);
  if (exact) return { vhost: exact, domain: host };
  for (const w of table.wildcards) {
    if (w.suffix === '' || (host.endsWith(w.suffix) && host.length > w.suffix.length)) return { vhost: w.vhost, domain: '*' + w.suffix };
  }
  return undefined;
}

/** VirtualService hosts covering this Host header that the table leaves out (Istio's port-80 rule), for the trace. */
export function unservedHostsFor(table: RouteTable, authority: string): UnservedHost[] {
  if (!table.unservedHosts?.length) return [];
  const host = stripPort(authority).toLowerCase();
  return table.unservedHosts.filter((u) => hostMatches(u.host.toLowerCase(), host));
}

export function stripPort(authority: string): string {
  if (authority.startsWith('[')) {
    const end = authority.indexOf(']');
    return end > 0 ? authority.slice(0, end + 1) : authority;
  }
  const colon = authority.lastIndexOf(':');
  return colon >= 0 && /^\d+$/.test(authority.slice(colon + 1)) ? authority.slice(0, colon) : authority;
}
