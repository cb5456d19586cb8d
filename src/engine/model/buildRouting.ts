import type { Diagnostic } from './diagnostic.ts';
import { normalizeExportTo } from './exportTo.ts';
import { FieldReader } from './fields.ts';
import { expandHost } from './hostnames.ts';
import type { DestinationRuleSpec, GatewaySpec, VirtualServiceSpec } from './istio.ts';
import type { DestinationRule, Gateway, VirtualService } from './mesh.ts';
import { msg } from './messages.ts';
import { normalizeGateways } from './normalizeGateways.ts';
import { type Resource, refOf } from './resource.ts';

/**
 * Istio routing resources -> model entries with names resolved once (hosts expanded by
 * rule 4, gateways and exportTo normalised), so later stages never re-derive them. `spec`
 * stays the raw user value: route details are read (and validated) by compile/ and analyze/.
 */
export function readVirtualService(res: Resource, diagnostics: Diagnostic[]): VirtualService {
  const r = new FieldReader(res, diagnostics);
  const spec = (r.record(['spec']) ?? {}) as VirtualServiceSpec;
  const rawHosts = r.stringList(['spec', 'hosts']) ?? [];
  if (rawHosts.length === 0 && r.get(['spec', 'hosts']) == null) {
    r.report(['spec'], (l) => msg.required(l, 'spec.hosts', 'the hosts this VirtualService routes', 'it matches no request'));
  }
  const vs: VirtualService = {
    namespace: res.namespace,
    name: res.name,
    rawHosts,
    hosts: rawHosts.map((h) => expandHost(h, res.namespace)),
    gateways: normalizeGateways(r.stringList(['spec', 'gateways']), res.namespace),
    exportTo: normalizeExportTo(r.stringList(['spec', 'exportTo']), res.namespace),
    spec,
    docIndex: res.docIndex,
    ref: refOf(res),
    resource: res,
  };
  if (res.creationTimestamp !== undefined) vs.creationTimestamp = res.creationTimestamp;
  return vs;
}

/** Undefined (reported) when `spec.host` is missing: a DestinationRule for no host does nothing. */
export function readDestinationRule(res: Resource, diagnostics: Diagnostic[]): DestinationRule | undefined {
  const r = new FieldReader(res, diagnostics);
  const spec = (r.record(['spec']) ?? {}) as DestinationRuleSpec;
  const rawHost = r.string(['spec', 'host']);
  if (rawHost === undefined || rawHost === '') {
    if (r.get(['spec', 'host']) == null) {
      r.report(['spec'], (l) => msg.required(l, 'spec.host', 'the Service this rule configures', 'the rule is ignored'));
    }
    return undefined;
  }
  r.list(['spec', 'subsets']);
  const dr: DestinationRule = {
    namespace: res.namespace,
    name: res.name,
    rawHost,
    host: expandHost(rawHost, res.namespace),
    exportTo: normalizeExportTo(r.stringList(['spec', 'exportTo']), res.namespace),
    spec,
    docIndex: res.docIndex,
    ref: refOf(res),
    resource: res,
  };
  if (res.creationTimestamp !== undefined) dr.creationTimestamp = res.creationTimestamp;
  return dr;
}

export function readGateway(res: Resource, diagnostics: Diagnostic[]): Gateway {
  const r = new FieldReader(res, diagnostics);
  const spec = (r.record(['spec']) ?? {}) as GatewaySpec;
  r.stringMap(['spec', 'selector']);
  r.list(['spec', 'servers']);
  return { namespace: res.namespace, name: res.name, spec, ref: refOf(res), resource: res };
}
