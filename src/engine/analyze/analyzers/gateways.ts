import type { Gateway, VirtualService } from '../../model/mesh.ts';
import { MESH_GATEWAY, normalizeGatewayName } from '../../model/normalizeGateways.ts';
import { type Analyzer, isRecord, listAt } from '../context.ts';
import { hostsMatch } from '../hostMatch.ts';
import { msg } from '../messages.ts';

/**
 * IST0101 (gateway) and IST0132 after Istio's virtualservice.GatewayAnalyzer
 * (pkg/config/analysis/analyzers/virtualservice/gateways.go): every gateway a VirtualService
 * names must exist, and one of its servers must accept one of the VirtualService's hosts.
 * Difference: a missing gateway is reported once (IST0101), not also as IST0132, and the
 * legacy `name.namespace` form is resolved the way istiod resolves it.
 */
export const gatewayAnalyzer: Analyzer = {
  name: 'virtualservice.GatewayAnalyzer',
  codes: ['IST0101', 'IST0132'],
  analyze(ctx) {
    const byName = new Map(ctx.model.gateways.map((g) => [`${g.namespace}/${g.name}`, g]));
    for (const vs of ctx.model.virtualServices) {
      listAt(vs.spec.gateways).forEach((raw, i) => {
        if (typeof raw !== 'string' || raw === MESH_GATEWAY) return;
        const full = normalizeGatewayName(raw, vs.namespace);
        const gw = byName.get(full);
        const path = ['spec', 'gateways', i];
        if (!gw) {
          ctx.report(vs.resource, path, 'IST0101', (line) => msg.gatewayNotFound(line, raw, full));
          return;
        }
        if (!hostInGateway(vs, gw)) {
          ctx.report(vs.resource, path, 'IST0132', (line) => msg.hostNotInGateway(line, vs.rawHosts, `${vs.namespace}/${vs.name}`, full));
        }
      });
    }
  },
};

/** Istio's vsHostInGateway: server hosts (`ns/host` forms resolved for the VS namespace) vs the VS hosts as written. */
function hostInGateway(vs: VirtualService, gw: Gateway): boolean {
  const gatewayHosts: string[] = [];
  for (const server of listAt(gw.spec.servers)) {
    if (!isRecord(server)) continue;
    for (const h of listAt(server.hosts)) {
      if (typeof h !== 'string') continue;
      const slash = h.indexOf('/');
      if (slash < 0) {
        gatewayHosts.push(h);
        continue;
      }
      const ns = h.slice(0, slash) === '.' ? gw.namespace : h.slice(0, slash);
      if (ns === '*' || ns === vs.namespace) gatewayHosts.push(h.slice(slash + 1));
    }
  }
  return gatewayHosts.some((gh) => vs.rawHosts.some((vh) => hostsMatch(gh, vh)));
}
