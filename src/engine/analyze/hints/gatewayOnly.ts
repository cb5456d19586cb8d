import { hostMatches } from '../../compile/visibility.ts';
import { hostWithoutPort } from '../../model/hostnames.ts';
import type { VirtualService } from '../../model/mesh.ts';
import { appliesToMesh } from '../../model/normalizeGateways.ts';
import { resolveDns } from '../../route/resolveDns.ts';
import { type Analyzer, fixTarget, listAt } from '../context.ts';
import { hint } from '../messages.ts';

/**
 * ITP0402: a VirtualService bound only to named gateways claims a host that a sidecar client's
 * Traffic requests. Sidecars ignore it (DESIGN.md rule 3), so that traffic takes the Service's
 * default route — the seed scenario's central surprise. Reported once per VirtualService on
 * `spec.gateways`; a gateway-only VirtualService no mesh traffic asks for is normal and quiet,
 * and so are wildcard hosts (`*`), the usual ingress catch-all.
 * Fix: add `mesh` to `gateways`.
 */
export const gatewayOnlyAnalyzer: Analyzer = {
  name: 'playground.GatewayOnlyVirtualService',
  codes: ['ITP0402'],
  analyze(ctx) {
    const clientsByVs = new Map<VirtualService, Set<string>>();
    for (const t of ctx.loaded.stream.templates) {
      if (!t.client.hasSidecar) continue;
      const req = t.variants[0];
      const dns = resolveDns(ctx.loaded.mesh, t.client, req.host);
      const hosts = [hostWithoutPort(req.authority)];
      if (dns.kind === 'service') hosts.push(dns.service.fqdn);
      for (const vs of ctx.model.virtualServices) {
        if (appliesToMesh(vs.gateways) || !vs.hosts.some((h) => claims(h, hosts))) continue;
        const clients = clientsByVs.get(vs) ?? new Set<string>();
        clients.add(t.client.deployment ?? t.client.name);
        clientsByVs.set(vs, clients);
      }
    }
    for (const [vs, clients] of clientsByVs) {
      const gateways = listAt(vs.spec.gateways).filter((g): g is string => typeof g === 'string');
      ctx.report(vs.resource, ['spec', 'gateways'], 'ITP0402', (line) => hint.gatewayOnly(line, vs.name, gateways, [...clients]), {
        fixes: [{
          title: 'Add mesh to gateways (apply to sidecars too)',
          target: fixTarget(vs.resource),
          ops: [{ op: 'append', path: ['spec', 'gateways'], value: 'mesh' }],
          preferred: true,
        }],
      });
    }
  },
};

/** A host the VirtualService names on purpose: `*` (and `*.x` wildcards) are the usual ingress catch-alls, not a claim on mesh traffic. */
function claims(vsHost: string, hosts: string[]): boolean {
  return !vsHost.startsWith('*') && hosts.some((x) => hostMatches(vsHost, x));
}
