import { labelsMatch } from '../../compile/meshIndex.ts';
import type { Gateway, Pod } from '../../model/mesh.ts';
import { type Analyzer, isRecord, listAt } from '../context.ts';
import { msg } from '../messages.ts';

/**
 * Gateway against the pods it should run on:
 * - IST0101 (selector) after Istio's gateway.IngressGatewayPortAnalyzer
 *   (pkg/config/analysis/analyzers/gateway/gateway.go): no pod carries the selector's labels.
 * - IST0145 after gateway.ConflictingGatewayAnalyzer (gateway/conflictinggateway.go): two
 *   Gateways select the same pods (same selector, or overlapping selectors sharing a pod) and
 *   declare a server on the same port with the same host and bind.
 */
export const gatewayWorkloadAnalyzer: Analyzer = {
  name: 'gateway.ConflictingGatewayAnalyzer',
  codes: ['IST0101', 'IST0145'],
  analyze(ctx) {
    const pods = ctx.model.pods;
    for (const gw of ctx.model.gateways) {
      const selector = selectorOf(gw);
      if (!pods.some((p) => labelsMatch(p.labels, selector))) {
        const keys = Object.keys(selector);
        const path = keys.length ? ['spec', 'selector', keys[0]] : ['spec', 'selector'];
        ctx.report(gw.resource, path, 'IST0101', (line) => msg.gatewaySelectorNotFound(line, selectorString(selector)));
        continue;
      }
      const others = ctx.model.gateways.filter((o) => o !== gw && sharePods(gw, o, pods));
      listAt(gw.spec.servers).forEach((server, i) => {
        if (!isRecord(server)) return;
        const port = portOf(server);
        const hosts = stringList(server.hosts);
        const bind = typeof server.bind === 'string' ? server.bind : '';
        const conflicting = others.filter((o) =>
          listAt(o.spec.servers).some(
            (s) => isRecord(s) && portOf(s) === port && (typeof s.bind === 'string' ? s.bind : '') === bind &&
              stringList(s.hosts).some((h) => hosts.includes(h)),
          ),
        );
        if (conflicting.length === 0) return;
        const names = conflicting.map((o) => `${o.namespace}/${o.name}`).sort();
        ctx.report(gw.resource, ['spec', 'servers', i], 'IST0145', (line) =>
          msg.conflictingGateways(line, names, selectorString(selector), port ?? 0, hosts),
        );
      });
    }
  },
};

function selectorOf(gw: Gateway): Record<string, string> {
  const out: Record<string, string> = {};
  if (isRecord(gw.spec.selector)) {
    for (const [k, v] of Object.entries(gw.spec.selector)) if (typeof v === 'string') out[k] = v;
  }
  return out;
}

/** Kubernetes' selector string: `istio=ingressgateway,app=x`, keys sorted. */
function selectorString(selector: Record<string, string>): string {
  return Object.keys(selector).sort().map((k) => `${k}=${selector[k]}`).join(',');
}

/** Istio's grouping: identical selectors, or one contained in the other with a pod both select. */
function sharePods(a: Gateway, b: Gateway, pods: Pod[]): boolean {
  const sa = selectorString(selectorOf(a));
  const sb = selectorString(selectorOf(b));
  if (sa === sb) return true;
  if (!sa.includes(sb) && !sb.includes(sa)) return false;
  return pods.some((p) => labelsMatch(p.labels, selectorOf(a)) && labelsMatch(p.labels, selectorOf(b)));
}

function portOf(server: Record<string, unknown>): number | undefined {
  return isRecord(server.port) && typeof server.port.number === 'number' ? server.port.number : undefined;
}

function stringList(v: unknown): string[] {
  return listAt(v).filter((x): x is string => typeof x === 'string');
}
