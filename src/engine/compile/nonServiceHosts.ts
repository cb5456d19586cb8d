import type { Service, VirtualService } from '../model/mesh.ts';
import { isDeclaredHttpPort, isTcpPort } from './portProtocol.ts';
import { pickVirtualServiceForHost, type VirtualServiceSelection } from './selectVirtualServices.ts';
import type { CompiledRoute, UnservedHost, VirtualHost } from './types.ts';
import { hostMatches } from './visibility.ts';

/**
 * Rule 2, hosts that are no Service: the virtual hosts a sidecar's route table for listener
 * `port` gets for VirtualService hosts naming no Service on that port (www.example.com,
 * *.example.com, a short name that expands to no Service), and the ones it leaves out.
 *
 * Istio serves such a host only on port 80, or on a port of a Service the same VirtualService
 * names: pilot/pkg/networking/core/httproute.go BuildSidecarOutboundVirtualHosts keeps, for
 * `listenerPort != 80`, only VirtualServices whose hosts match a Service on that port
 * (selectVirtualServices, "This is hack to keep consistent with previous behavior"); route.go
 * buildSidecarVirtualHostsForVirtualService attaches the non-registry hosts to the
 * VirtualService's Services grouped by their HTTP ports, and with none adds them only
 * `if listenPort == 80`. A wildcard like *.example.com follows the same rule (it is a
 * non-registry host when it covers no Service on the port: separateVSHostsAndServices).
 * The route table "<port>" is only reached through the shared 0.0.0.0:<port> HTTP listener,
 * which exists when some Service declares that port HTTP (see portProtocol.ts).
 */
export function nonServiceVirtualHosts(
  sel: VirtualServiceSelection,
  port: number,
  servicesOnPort: readonly Service[],
  compile: (vs: VirtualService) => CompiledRoute[],
): { vhosts: VirtualHost[]; unserved: UnservedHost[] } {
  const vhosts: VirtualHost[] = [];
  const unserved: UnservedHost[] = [];
  const serviceHosts = new Set(servicesOnPort.map((s) => s.fqdn));
  let gate: PortGate | undefined;
  const seen = new Set<string>();
  for (const vs of sel.applicable) {
    for (const host of vs.hosts) {
      if (serviceHosts.has(host) || seen.has(host)) continue;
      seen.add(host);
      // A wildcard that covers some Service on this port is no "non-registry host" (route.go separateVSHostsAndServices).
      if (host.startsWith('*') && servicesOnPort.some((s) => hostMatches(host, s.fqdn))) continue;
      gate ??= portGate(sel, port, servicesOnPort);
      const g = gate;
      const left = sel.applicable.filter((v) => v.hosts.includes(host) && !g.serves(v)).map((v) => ({ vs: v, reason: g.whyNot(v, host) }));
      const { winner, routes, ignored } = pickVirtualServiceForHost(g.selection, host, compile, true);
      if (!winner) {
        unserved.push(...left.map((l) => ({ host, ...l })));
        continue;
      }
      vhosts.push({ name: `${host}:${port}`, domains: [host], port, virtualService: winner, ignored: [...ignored, ...left], routes });
    }
  }
  return { vhosts, unserved };
}

interface PortGate {
  serves(vs: VirtualService): boolean;
  whyNot(vs: VirtualService, host: string): string;
  /** The selection restricted to the VirtualServices served on this port. */
  selection: VirtualServiceSelection;
}

function portGate(sel: VirtualServiceSelection, port: number, servicesOnPort: readonly Service[]): PortGate {
  const portOf = (svc: Service) => svc.ports.find((p) => p.port === port);
  const listener = servicesOnPort.some((svc) => svc.ports.some((p) => p.port === port && isDeclaredHttpPort(p.name, p.appProtocol)));
  // VirtualServices that name a Service whose `port` is HTTP or sniffed: exactly, or through the
  // wildcard host most specific for it (pilot/pkg/model/sidecar.go computeWildcardHostVirtualServiceIndex).
  const owners = new Set<VirtualService>();
  if (port !== 80) {
    for (const svc of servicesOnPort) {
      const sp = portOf(svc);
      if (!sp || isTcpPort(sp.name, sp.appProtocol)) continue;
      for (const vs of sel.applicable) if (vs.hosts.includes(svc.fqdn)) owners.add(vs);
      const { winner } = pickVirtualServiceForHost(sel, svc.fqdn);
      if (winner) owners.add(winner);
    }
  }
  const serves = (vs: VirtualService) => listener && (port === 80 || owners.has(vs));
  return {
    serves,
    selection: { applicable: sel.applicable.filter(serves), excluded: sel.excluded },
    whyNot: (vs, host) =>
      port !== 80 && !owners.has(vs)
        ? `${host} is no Service: Istio gives such a host routes only on port 80, or on ports of Services the same ` +
          `VirtualService names (${vs.namespace}/${vs.name} names none with HTTP port ${port}), so it has no virtual host on port ${port}`
        : `${host} is no Service, and no Service declares port ${port} as HTTP (port name or appProtocol http, http2, grpc): ` +
          `the sidecar has no 0.0.0.0:${port} HTTP listener to carry its routes (Istio builds outbound listeners from ` +
          `Services only${port === 80 ? '; in a cluster the istio-ingressgateway Service usually declares port 80 http2' : ''})`,
  };
}
