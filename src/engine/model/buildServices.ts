import { assignClusterIps } from './clusterIp.ts';
import type { Diagnostic } from './diagnostic.ts';
import { FieldReader } from './fields.ts';
import { serviceFqdn } from './hostnames.ts';
import { isIPv4 } from './ipv4.ts';
import type { Service, ServicePort } from './mesh.ts';
import { msg } from './messages.ts';
import { type Resource, refOf } from './resource.ts';

/** Services in document order, with ports read tolerantly and ClusterIPs assigned (clusterIp.ts). */
export function buildServices(resources: Resource[], diagnostics: Diagnostic[]): Service[] {
  const drafts = resources.map((res) => readService(res, diagnostics));
  const ips = assignClusterIps(drafts.map((d) => ({ namespace: d.res.namespace, name: d.res.name, fixedIp: d.fixedIp })));
  return drafts.map((d, i) => ({
    namespace: d.res.namespace,
    name: d.res.name,
    fqdn: serviceFqdn(d.res.name, d.res.namespace),
    clusterIP: ips[i],
    selector: d.selector,
    ports: d.ports,
    ref: refOf(d.res),
    resource: d.res,
  }));
}

interface ServiceDraft {
  res: Resource;
  selector: Record<string, string>;
  ports: ServicePort[];
  fixedIp?: string;
}

function readService(res: Resource, diagnostics: Diagnostic[]): ServiceDraft {
  const r = new FieldReader(res, diagnostics);
  r.record(['spec']);
  // No selector: a Service without endpoints (Kubernetes allows it; requests get 503 UH).
  const selector = r.stringMap(['spec', 'selector']);
  const ports: ServicePort[] = [];
  r.list(['spec', 'ports']).forEach((_, i) => {
    const p = readPort(r, i);
    if (p) ports.push(p);
  });
  let fixedIp = r.string(['spec', 'clusterIP']);
  if (fixedIp !== undefined && fixedIp !== '' && fixedIp !== 'None' && !isIPv4(fixedIp)) {
    const bad = fixedIp;
    r.report(['spec', 'clusterIP'], (l) => msg.badIp(l, 'spec.clusterIP', bad));
    fixedIp = undefined;
  }
  return { res, selector, ports, fixedIp: fixedIp || undefined };
}

/**
 * One entry of spec.ports. `targetPort` defaults to `port`; a name (e.g. `http`) is
 * resolved per pod through its container ports (rule 14); a numeric string ("80") is read
 * as the number since a port name must contain a letter.
 */
function readPort(r: FieldReader, i: number): ServicePort | undefined {
  const path = ['spec', 'ports', i];
  if (!r.record(path)) return undefined;
  const port = r.optionalInt([...path, 'port'], 1, 65535, 'this port is ignored');
  if (port === undefined) {
    if (r.get([...path, 'port']) == null) {
      r.report(path, (l) => msg.required(l, `spec.ports[${i}].port`, 'the port clients connect to', 'this port is ignored'));
    }
    return undefined;
  }
  let targetPort: number | string = port;
  const rawTarget = r.get([...path, 'targetPort']);
  if (typeof rawTarget === 'number' && Number.isInteger(rawTarget) && rawTarget >= 1 && rawTarget <= 65535) {
    targetPort = rawTarget;
  } else if (typeof rawTarget === 'string' && rawTarget !== '') {
    targetPort = /^[0-9]+$/.test(rawTarget) ? Number(rawTarget) : rawTarget;
  } else if (rawTarget != null) {
    r.report([...path, 'targetPort'], (l) =>
      msg.wrongType(l, `spec.ports[${i}].targetPort`, 'a port number or a container port name', rawTarget, `using ${port}`),
    );
  }
  const out: ServicePort = { port, targetPort, protocol: r.string([...path, 'protocol']) ?? 'TCP' };
  const name = r.string([...path, 'name']);
  if (name) out.name = name;
  const appProtocol = r.string([...path, 'appProtocol']);
  if (appProtocol) out.appProtocol = appProtocol;
  return out;
}
