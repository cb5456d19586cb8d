import type { Diagnostic } from './diagnostic.ts';
import { MAX_PODS } from './limits.ts';
import type { Namespace, Pod } from './mesh.ts';
import { msg } from './messages.ts';
import type { PodDraft } from './podDraft.ts';
import { assignPodIps } from './podIp.ts';
import { rangeOf } from './resource.ts';
import { decideSidecar } from './sidecar.ts';

/**
 * Declared pods -> mesh pods: drops duplicates (the later declaration wins, as with
 * kubectl apply), caps the total, assigns IPs (podIp.ts) and decides sidecars (sidecar.ts).
 * Order: document order, replicas in index order.
 */
export function buildPods(drafts: PodDraft[], namespaces: Map<string, Namespace>, diagnostics: Diagnostic[]): Pod[] {
  const byKey = new Map<string, number>();
  drafts.forEach((d, i) => byKey.set(`${d.namespace}/${d.name}`, i));
  let kept = drafts.filter((d, i) => {
    if (byKey.get(`${d.namespace}/${d.name}`) === i) return true;
    const later = drafts[byKey.get(`${d.namespace}/${d.name}`) as number];
    diagnostics.push(problem(later, 'Warning', 'ITP0102', msg.podDeclaredTwice(later.ref.line, d.namespace, d.name)));
    return false;
  });
  if (kept.length > MAX_PODS) {
    const first = kept[MAX_PODS];
    diagnostics.push(problem(first, 'Warning', 'ITP1002', msg.tooManyPods(first.ref.line, MAX_PODS)));
    kept = kept.slice(0, MAX_PODS);
  }
  const ips = assignPodIps(kept);
  return kept.map((d, i): Pod => {
    const decision = decideSidecar({
      namespace: d.namespace,
      namespaceLabels: namespaces.get(d.namespace)?.labels ?? {},
      labels: d.labels,
      annotations: d.annotations,
      hostNetwork: d.hostNetwork,
    });
    const pod: Pod = {
      namespace: d.namespace,
      name: d.name,
      ip: ips[i],
      labels: d.labels,
      annotations: d.annotations,
      containerPorts: d.containerPorts,
      hasSidecar: decision.hasSidecar,
      sidecarReason: decision.reason,
      isIngressGateway: decision.isIngressGateway,
      ready: !d.killed,
      ref: d.ref,
      resource: d.resource,
    };
    if (d.deployment !== undefined) pod.deployment = d.deployment;
    return pod;
  });
}

function problem(d: PodDraft, level: Diagnostic['level'], code: string, message: string): Diagnostic {
  const { kind, namespace, name } = d.resource;
  return { code, level, message, kind, namespace, name, range: rangeOf(d.resource, []) };
}
