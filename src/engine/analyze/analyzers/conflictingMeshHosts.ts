import { compareByCreation } from '../../compile/visibility.ts';
import { expandHost } from '../../model/hostnames.ts';
import type { VirtualService } from '../../model/mesh.ts';
import { appliesToMesh } from '../../model/normalizeGateways.ts';
import type { Analyzer } from '../context.ts';
import { msg } from '../messages.ts';

/**
 * IST0109 after Istio's virtualservice.ConflictingMeshGatewayHostsAnalyzer
 * (pkg/config/analysis/analyzers/virtualservice/conflictingmeshgatewayhosts.go): several
 * VirtualServices bound to the mesh claim the same host within the same export scope. Istio
 * does not merge them (DESIGN.md rule 5): the first wins, the others are ignored for that host.
 * Reported on each VirtualService's `metadata.name`, as Istio does.
 */
export const conflictingMeshHostsAnalyzer: Analyzer = {
  name: 'virtualservice.ConflictingMeshGatewayHostsAnalyzer',
  codes: ['IST0109'],
  analyze(ctx) {
    const byScopedHost = new Map<string, VirtualService[]>();
    for (const vs of ctx.model.virtualServices) {
      if (!appliesToMesh(vs.gateways)) continue;
      const scopes = vs.exportTo.includes('*') ? ['*'] : vs.exportTo;
      for (const scope of scopes) {
        for (const host of new Set(vs.rawHosts.map((h) => expandHost(h, vs.namespace)))) {
          const key = `${scope}/${host}`;
          const group = byScopedHost.get(key) ?? [];
          if (!group.includes(vs)) group.push(vs);
          byScopedHost.set(key, group);
        }
      }
    }
    const reported = new Set<string>();
    for (const [key, group] of byScopedHost) {
      if (group.length < 2) continue;
      const host = key.slice(key.indexOf('/') + 1);
      const names = group.map((vs) => `${vs.namespace}/${vs.name}`);
      const winner = [...group].sort(compareByCreation)[0];
      for (const vs of group) {
        const once = `${vs.namespace}/${vs.name}|${host}`;
        if (reported.has(once)) continue;
        reported.add(once);
        ctx.report(vs.resource, ['metadata', 'name'], 'IST0109', (line) =>
          msg.conflictingMeshHosts(line, names, host, `${winner.namespace}/${winner.name}`),
        );
      }
    }
  },
};
