import type { Pod, Service } from '../../model/mesh.ts';
import { lineOf } from '../../model/resource.ts';
import { INJECT_KEY, NAMESPACE_INJECTION_LABEL, decideSidecar } from '../../model/sidecar.ts';
import { resolveDns } from '../../route/resolveDns.ts';
import { type AnalysisContext, type Analyzer, fixTarget } from '../context.ts';
import { hint } from '../messages.ts';
import type { QuickFix } from '../types.ts';

/**
 * ITP0401: a Traffic client without a sidecar sends to a Service that a VirtualService or
 * DestinationRule configures. Without Envoy none of it applies (DESIGN.md rule 1). Reported
 * once per Traffic on `spec.from`. Fix: turn on injection for the client — its pod label, or
 * the namespace label when the namespace switches injection off — checked with the same
 * decision the model uses, so the fix is only offered when it really gives a sidecar.
 */
export const clientWithoutSidecarAnalyzer: Analyzer = {
  name: 'playground.ClientWithoutSidecar',
  codes: ['ITP0401'],
  analyze(ctx) {
    const done = new Set<string>();
    for (const t of ctx.loaded.stream.templates) {
      const { client, traffic } = t;
      if (client.hasSidecar || client.isIngressGateway || done.has(`${traffic.namespace}/${traffic.name}`)) continue;
      const ignored = new Set<string>();
      for (const t2 of ctx.loaded.stream.templates) {
        if (t2.traffic !== traffic) continue;
        const dns = resolveDns(ctx.loaded.mesh, client, t2.variants[0].host);
        if (dns.kind === 'service') for (const r of routingFor(ctx, dns.service)) ignored.add(r);
      }
      if (ignored.size === 0) continue;
      done.add(`${traffic.namespace}/${traffic.name}`);
      const fix = enableSidecarFix(ctx, client);
      ctx.report(traffic.resource, ['spec', 'from'], 'ITP0401', (line) =>
        hint.clientWithoutSidecar(line, traffic.name, `${client.namespace}/${client.deployment ?? client.name}`, client.sidecarReason, [...ignored]),
        { fixes: fix ? [fix] : [] },
      );
    }
  },
};

/** `VirtualService x (line n)` / `DestinationRule y (line m)` that configure the Service. */
function routingFor(ctx: AnalysisContext, svc: Service): string[] {
  const out: string[] = [];
  for (const vs of ctx.model.virtualServices) {
    if (vs.hosts.includes(svc.fqdn)) out.push(`VirtualService ${vs.name} (line ${lineOf(vs.resource)})`);
  }
  for (const dr of ctx.destinationRulesFor(svc.fqdn)) out.push(`DestinationRule ${dr.name} (line ${lineOf(dr.resource)})`);
  return out;
}

function enableSidecarFix(ctx: AnalysisContext, pod: Pod): QuickFix | undefined {
  const ns = ctx.model.namespaces.get(pod.namespace);
  const input = { namespace: pod.namespace, namespaceLabels: ns?.labels ?? {}, labels: pod.labels, annotations: pod.annotations, hostNetwork: false };
  const res = pod.resource;
  const labelPath = res.kind === 'Deployment' ? ['spec', 'template', 'metadata', 'labels', INJECT_KEY] : ['metadata', 'labels', INJECT_KEY];
  const name = pod.deployment ?? pod.name;
  if (decideSidecar({ ...input, labels: { ...pod.labels, [INJECT_KEY]: 'true' } }).hasSidecar) {
    return {
      title: `Turn on sidecar injection for ${name} (label ${INJECT_KEY}: "true")`,
      target: fixTarget(res),
      ops: [{ op: 'set', path: labelPath, value: 'true' }],
      preferred: true,
    };
  }
  const nsRes = ctx.model.resources.find((r) => r.kind === 'Namespace' && r.name === pod.namespace);
  const enabled = { ...input, namespaceLabels: { ...input.namespaceLabels, [NAMESPACE_INJECTION_LABEL]: 'enabled' } };
  if (nsRes && decideSidecar(enabled).hasSidecar) {
    const ops: QuickFix['ops'] = [{ op: 'set', path: ['metadata', 'labels', NAMESPACE_INJECTION_LABEL], value: 'enabled' }];
    return { title: `Turn on sidecar injection for namespace ${pod.namespace}`, target: fixTarget(nsRes), ops, preferred: true };
  }
  return undefined;
}
