import type { Namespace } from './mesh.ts';
import { type Resource, refOf } from './resource.ts';

/**
 * Every namespace the scenario mentions. Namespaces need not be declared (a Service in
 * `prod` implies `prod`, as if it had been created before), but only a declared Namespace
 * carries labels such as `istio-injection: enabled`. Declared ones first, in document order.
 */
export function buildNamespaces(declared: Resource[], all: Resource[]): Map<string, Namespace> {
  const out = new Map<string, Namespace>();
  for (const res of declared) {
    out.set(res.name, { name: res.name, labels: res.labels, declared: true, ref: refOf(res) });
  }
  for (const res of all) {
    if (res.namespace !== '' && !out.has(res.namespace)) {
      out.set(res.namespace, { name: res.namespace, labels: {}, declared: false });
    }
  }
  return out;
}
