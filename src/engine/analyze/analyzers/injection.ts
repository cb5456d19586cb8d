import { NAMESPACE_INJECTION_LABEL, REVISION_LABEL } from '../../model/sidecar.ts';
import { ROOT_NAMESPACE } from '../../model/buildModel.ts';
import { type Analyzer, fixTarget, isRecord, listAt } from '../context.ts';
import { msg } from '../messages.ts';

/** Istio's util.IsSystemNamespace plus the control-plane namespace, which the analyzer skips. */
const SKIPPED_NAMESPACES = new Set([ROOT_NAMESPACE, 'kube-system', 'kube-public', 'kube-node-lease', 'local-path-storage']);

/**
 * IST0102 and IST0103 after Istio's injection.Analyzer
 * (pkg/config/analysis/analyzers/injection/injection.go):
 * - a declared Namespace with neither `istio-injection` nor `istio.io/rev` label is not
 *   enabled for injection (Info; fix: label it `istio-injection: enabled`);
 * - a running Pod (one pasted with its `status`) in an injected namespace, not opted out and
 *   not on the host network, without an `istio-proxy` container is missing its proxy. Pods
 *   written without `status` are created by the playground, so the webhook injects them.
 */
export const injectionAnalyzer: Analyzer = {
  name: 'injection.Analyzer',
  codes: ['IST0102', 'IST0103'],
  analyze(ctx) {
    for (const res of ctx.model.resources) {
      if (res.kind !== 'Namespace' || SKIPPED_NAMESPACES.has(res.name)) continue;
      if (res.labels[NAMESPACE_INJECTION_LABEL] !== undefined || res.labels[REVISION_LABEL] !== undefined) continue;
      ctx.report(res, ['metadata', 'name'], 'IST0102', (line) => msg.namespaceNotInjected(line, res.name), {
        fixes: [{
          title: `Enable sidecar injection for namespace ${res.name}`,
          target: fixTarget(res),
          ops: [{ op: 'set', path: ['metadata', 'labels', NAMESPACE_INJECTION_LABEL], value: 'enabled' }],
        }],
      });
    }
    for (const pod of ctx.model.pods) {
      const res = pod.resource;
      if (res.kind !== 'Pod' || !isRecord(res.body.status) || !pod.hasSidecar) continue;
      const ns = ctx.model.namespaces.get(pod.namespace);
      const injected = ns?.labels[NAMESPACE_INJECTION_LABEL] === 'enabled' || ns?.labels[REVISION_LABEL] !== undefined;
      if (!injected) continue;
      const containers = listAt(isRecord(res.body.spec) ? res.body.spec.containers : undefined);
      if (containers.some((c) => isRecord(c) && c.name === 'istio-proxy')) continue;
      ctx.report(res, ['metadata', 'name'], 'IST0103', (line) => msg.podMissingProxy(line, `${pod.namespace}/${pod.name}`));
    }
  },
};
