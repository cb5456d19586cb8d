import type { Diagnostic } from './diagnostic.ts';
import { FieldReader } from './fields.ts';
import { MAX_REPLICAS } from './limits.ts';
import { msg } from './messages.ts';
import type { PodDraft } from './podDraft.ts';
import { deploymentPodNames } from './podNames.ts';
import { KILLED_ANNOTATION, isKilledByDeployment, isKilledFlag, killedList } from './podReadiness.ts';
import { readPodSpec } from './podSpec.ts';
import { type Resource, refOf } from './resource.ts';

const TEMPLATE = ['spec', 'template'] as const;

/**
 * An apps/v1 Deployment -> its replicas as pods: `replicas` (default 1) copies of the pod
 * template, named by podNames.ts so names survive unrelated edits. Template labels and
 * annotations become the pods' own (that is where `version: v1` and
 * `sidecar.istio.io/inject` live).
 */
export function expandDeployment(res: Resource, diagnostics: Diagnostic[]): PodDraft[] {
  const r = new FieldReader(res, diagnostics);
  let replicas = r.int(['spec', 'replicas'], 1, 0);
  if (replicas > MAX_REPLICAS) {
    r.report(['spec', 'replicas'], (l) => msg.tooManyReplicas(l, res.name, replicas, MAX_REPLICAS), 'Warning', 'ITP1001');
    replicas = MAX_REPLICAS;
  }
  r.record([...TEMPLATE]);
  r.record([...TEMPLATE, 'metadata']);
  const labels = r.stringMap([...TEMPLATE, 'metadata', 'labels']);
  const annotations = r.stringMap([...TEMPLATE, 'metadata', 'annotations']);
  checkSelector(r, labels);
  const spec = readPodSpec(r, [...TEMPLATE, 'spec']);

  const killedAll = isKilledFlag(annotations[KILLED_ANNOTATION]);
  const deploymentKilled = res.annotations[KILLED_ANNOTATION];
  const list = killedList(deploymentKilled);
  const ref = refOf(res);
  return deploymentPodNames(res.namespace, res.name, replicas).map((name) => ({
    namespace: res.namespace,
    name,
    labels,
    annotations,
    containerPorts: spec.containerPorts,
    hostNetwork: spec.hostNetwork,
    killed: killedAll || isKilledByDeployment(name, deploymentKilled, list),
    deployment: res.name,
    ref,
    resource: res,
  }));
}

/**
 * Kubernetes rejects a Deployment whose selector does not select its own template; the
 * playground still creates the pods (so the graph is not empty) but says so.
 */
function checkSelector(r: FieldReader, templateLabels: Record<string, string>): void {
  const matchLabels = r.stringMap(['spec', 'selector', 'matchLabels']);
  const mismatch = Object.entries(matchLabels).some(([k, v]) => templateLabels[k] !== v);
  if (mismatch) r.report(['spec', 'selector', 'matchLabels'], (l) => msg.selectorMismatch(l, r.res.name));
}
