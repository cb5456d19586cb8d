import { getClientView, getRouteTable } from '../../compile/compileMesh.ts';
import { findServicePort } from '../../compile/meshIndex.ts';
import { findVirtualHost, unservedHostsFor } from '../../compile/routeTable.ts';
import { resolveDns } from '../../route/resolveDns.ts';
import type { Analyzer } from '../context.ts';
import { hint } from '../messages.ts';

/**
 * ITP0403: a Traffic request whose host matches no Service — so nothing the scenario declares
 * is exercised: a cluster-local name that does not resolve from the client's namespace (a
 * short name of another namespace is the classic), a Service port it lacks (connection
 * refused), or, from a sidecar, an outside host no virtual host of the port claims
 * (PassthroughCluster) — also when a VirtualService names it but Istio serves that host on
 * port 80 only (compile/nonServiceHosts.ts).
 * Reported on the request's `curl` line.
 */
export const trafficHostsAnalyzer: Analyzer = {
  name: 'playground.RequestHostMatchesNoService',
  codes: ['ITP0403'],
  analyze(ctx) {
    for (const t of ctx.loaded.stream.templates) {
      const req = t.variants[0];
      const path = t.traffic.resource.body?.spec?.requests?.[t.index]?.curl !== undefined
        ? ['spec', 'requests', t.index, 'curl']
        : ['spec', 'requests', t.index];
      const report = (text: (line: number) => string) => ctx.report(t.traffic.resource, path, 'ITP0403', text);
      const dns = resolveDns(ctx.loaded.mesh, t.client, req.host);
      if (dns.kind === 'nxdomain') {
        const short = req.host.split('.')[0];
        const suggestions = ctx.model.services.filter((s) => s.name === short).map((s) => `${s.name}.${s.namespace}`);
        report((line) => hint.hostNotResolved(line, req.host, t.client.namespace, suggestions));
      } else if (dns.kind === 'service') {
        if (!findServicePort(dns.service, req.port)) {
          const svc = `${dns.service.namespace}/${dns.service.name}`;
          report((line) => hint.portNotOnService(line, req.host, req.port, svc, dns.service.ports.map((p) => p.port)));
        }
      } else if (dns.kind === 'external' && t.client.hasSidecar) {
        // The client's own route table for the port, as the router uses it.
        const table = getRouteTable(ctx.loaded.mesh, getClientView(ctx.loaded.mesh, t.client), req.port);
        if (!findVirtualHost(table, req.authority)) {
          const left = unservedHostsFor(table, req.authority);
          report((line) => left.length > 0
            ? hint.hostNotServedOnPort(line, req.host, req.port, `${left[0].vs.namespace}/${left[0].vs.name}`, left[0].reason)
            : hint.hostPassthrough(line, req.host));
        }
      }
    }
  },
};
