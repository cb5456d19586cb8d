import { type Analyzer, isRecord, listAt } from '../context.ts';
import { msg } from '../messages.ts';

const KNOWN = new Set(['tcp', 'udp', 'grpc', 'grpc-web', 'http', 'http_proxy', 'http2', 'https', 'tls', 'mongo', 'redis', 'mysql']);
/** SMTP, DNS, MySQL, MongoDB: Istio treats these as TCP when the name says nothing. */
const WELL_KNOWN_PORTS = new Set([25, 53, 3306, 27017]);
const K8S_APP_PROTOCOLS = new Set(['kubernetes.io/h2c', 'kubernetes.io/ws', 'kubernetes.io/wss']);

/**
 * IST0118 after Istio's service.PortNameAnalyzer (pkg/config/analysis/analyzers/service/portname.go)
 * with the protocol rules of pkg/config/kube/conversion.go ConvertProtocol: UDP ports are fine;
 * otherwise `appProtocol`, else the port name up to the first `-`, must name a protocol Istio
 * knows (case-insensitive; `grpc-web` as a whole), or the port must be a well-known TCP port.
 * ExternalName Services are skipped (Istio reports a different code for them).
 */
export const portNameAnalyzer: Analyzer = {
  name: 'service.PortNameAnalyzer',
  codes: ['IST0118'],
  analyze(ctx) {
    for (const svc of ctx.model.services) {
      const spec = svc.resource.body?.spec;
      if (isRecord(spec) && spec.type === 'ExternalName') continue;
      listAt(isRecord(spec) ? spec.ports : undefined).forEach((raw, i) => {
        if (!isRecord(raw) || typeof raw.port !== 'number') return;
        if (supported(raw)) return;
        const name = typeof raw.name === 'string' ? raw.name : '';
        const target = typeof raw.targetPort === 'number' || typeof raw.targetPort === 'string' ? String(raw.targetPort) : String(raw.port);
        ctx.report(svc.resource, ['spec', 'ports', i], 'IST0118', (line) => msg.portName(line, name, raw.port as number, target));
      });
    }
  },
};

function supported(port: Record<string, unknown>): boolean {
  if (typeof port.protocol === 'string' && port.protocol.toUpperCase() === 'UDP') return true;
  const appProtocol = typeof port.appProtocol === 'string' ? port.appProtocol : undefined;
  if (appProtocol !== undefined && K8S_APP_PROTOCOLS.has(appProtocol)) return true;
  const name = (appProtocol ?? (typeof port.name === 'string' ? port.name : '')).toLowerCase();
  if (name.startsWith('grpc-web')) return true;
  const prefix = name.includes('-') ? name.slice(0, name.indexOf('-')) : name;
  return KNOWN.has(prefix) || WELL_KNOWN_PORTS.has(port.port as number);
}
