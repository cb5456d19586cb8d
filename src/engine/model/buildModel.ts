import { buildNamespaces } from './buildNamespaces.ts';
import { buildPods } from './buildPods.ts';
import { readDestinationRule, readGateway, readVirtualService } from './buildRouting.ts';
import { buildServices } from './buildServices.ts';
import type { Diagnostic } from './diagnostic.ts';
import { expandDeployment } from './expandDeployment.ts';
import { type SimulatedKind, classifyKind } from './kinds.ts';
import type { KubeProxyMode, MeshModel } from './mesh.ts';
import { msg } from './messages.ts';
import type { PodDraft } from './podDraft.ts';
import { readPod } from './readPod.ts';
import { readTest } from './readTest.ts';
import { capTotalRate, readTraffic } from './readTraffic.ts';
import { type Resource, rangeOf } from './resource.ts';

export interface BuildModelOptions {
  /** How clients without a sidecar pick a Service endpoint (rule 1). Default 'iptables'. */
  kubeProxyMode?: KubeProxyMode;
}

export interface BuildModelResult {
  model: MeshModel;
  diagnostics: Diagnostic[];
}

/** Root namespace for mesh-wide DestinationRules (rule 12). */
export const ROOT_NAMESPACE = 'istio-system';

/**
 * Parsed resources -> the mesh they describe: namespaces, pods (Deployments expanded,
 * IPs assigned, sidecars decided), Services with ClusterIPs, routing resources with
 * names resolved, and Traffic. Pure and deterministic: the same resources always give the
 * same model. Never throws; problems become diagnostics and the rest still builds.
 */
export function buildModel(resources: Resource[], options: BuildModelOptions = {}): BuildModelResult {
  const diagnostics: Diagnostic[] = [];
  const live = dropReplaced(resources, diagnostics);
  const byKind = groupByKind(live, diagnostics);

  const namespaces = buildNamespaces(byKind.Namespace, live);
  const drafts: PodDraft[] = [];
  // Pods and Deployments interleaved in document order, so pod order follows the YAML.
  const workloads = new Set([...byKind.Pod, ...byKind.Deployment]);
  for (const res of live) {
    if (!workloads.has(res)) continue;
    if (res.kind === 'Pod') drafts.push(readPod(res, diagnostics));
    else drafts.push(...expandDeployment(res, diagnostics));
  }
  const model: MeshModel = {
    namespaces,
    services: buildServices(byKind.Service, diagnostics),
    pods: buildPods(drafts, namespaces, diagnostics),
    virtualServices: byKind.VirtualService.map((res) => readVirtualService(res, diagnostics)),
    destinationRules: defined(byKind.DestinationRule.map((res) => readDestinationRule(res, diagnostics))),
    gateways: byKind.Gateway.map((res) => readGateway(res, diagnostics)),
    traffic: capTotalRate(defined(byKind.Traffic.map((res) => readTraffic(res, diagnostics))), diagnostics),
    tests: byKind.Test.map((res) => readTest(res, diagnostics)),
    rootNamespace: ROOT_NAMESPACE,
    kubeProxyMode: options.kubeProxyMode ?? 'iptables',
    resources: live,
  };
  return { model, diagnostics };
}

/**
 * Two documents with the same kind, namespace and name: `kubectl apply -f` would apply
 * both in order, so the later one is what the cluster ends up with.
 */
function dropReplaced(resources: Resource[], diagnostics: Diagnostic[]): Resource[] {
  const last = new Map<string, Resource>();
  const key = (r: Resource) => `${r.apiVersion.split('/')[0]}|${r.kind}|${r.namespace}|${r.name}`;
  for (const r of resources) last.set(key(r), r);
  return resources.filter((r) => {
    const winner = last.get(key(r)) as Resource;
    if (winner === r) return true;
    diagnostics.push(
      diagnostic(r, 'Warning', 'ITP0102', msg.declaredTwice(r.range.line, r.kind, r.namespace, r.name, winner.range.line)),
    );
    return false;
  });
}

function groupByKind(resources: Resource[], diagnostics: Diagnostic[]): Record<SimulatedKind, Resource[]> {
  const out: Record<SimulatedKind, Resource[]> = {
    Namespace: [],
    Service: [],
    Deployment: [],
    Pod: [],
    VirtualService: [],
    DestinationRule: [],
    Gateway: [],
    Traffic: [],
    Test: [],
  };
  for (const res of resources) {
    const c = classifyKind(res.apiVersion, res.kind);
    const line = rangeOf(res, ['kind']).line;
    if (c.support === 'simulated') out[c.kind].push(res);
    else if (c.support === 'notSimulated') {
      diagnostics.push(diagnostic(res, 'Info', 'ITP0100', msg.notSimulated(line, res.kind, res.apiVersion), ['kind']));
    } else if (c.support === 'unknown') {
      diagnostics.push(diagnostic(res, 'Info', 'ITP0101', msg.unknownKind(line, res.kind, res.apiVersion), ['kind']));
    } else {
      const l = rangeOf(res, ['apiVersion']).line;
      diagnostics.push(
        diagnostic(res, 'Error', 'IST0106', msg.wrongApiVersion(l, res.kind, res.apiVersion, c.expected), ['apiVersion']),
      );
    }
  }
  return out;
}

function diagnostic(
  res: Resource,
  level: Diagnostic['level'],
  code: string,
  message: string,
  path: (string | number)[] = [],
): Diagnostic {
  return { code, level, message, kind: res.kind, namespace: res.namespace, name: res.name, range: rangeOf(res, path) };
}

function defined<T>(items: (T | undefined)[]): T[] {
  return items.filter((x): x is T => x !== undefined);
}
