import type { Diagnostic } from './diagnostic.ts';
import { FieldReader } from './fields.ts';
import { isIPv4 } from './ipv4.ts';
import { msg } from './messages.ts';
import type { PodDraft } from './podDraft.ts';
import { KILLED_ANNOTATION, isKilledFlag } from './podReadiness.ts';
import { readPodSpec } from './podSpec.ts';
import { type Resource, refOf } from './resource.ts';

/** An explicit `kind: Pod`. `status.podIP` pins its address (useful to reproduce a real cluster's hashing). */
export function readPod(res: Resource, diagnostics: Diagnostic[]): PodDraft {
  const r = new FieldReader(res, diagnostics);
  const spec = readPodSpec(r, ['spec']);
  let fixedIp = r.string(['status', 'podIP']);
  if (fixedIp !== undefined && !isIPv4(fixedIp)) {
    const bad = fixedIp;
    r.report(['status', 'podIP'], (l) => msg.badIp(l, 'status.podIP', bad));
    fixedIp = undefined;
  }
  return {
    namespace: res.namespace,
    name: res.name,
    labels: res.labels,
    annotations: res.annotations,
    containerPorts: spec.containerPorts,
    hostNetwork: spec.hostNetwork,
    fixedIp: fixedIp || undefined,
    killed: isKilledFlag(res.annotations[KILLED_ANNOTATION]),
    ref: refOf(res),
    resource: res,
  };
}
