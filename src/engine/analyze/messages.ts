/**
 * Every analyzer text, in one place. Each starts with "Line N:", then Istio's own wording for
 * the code (so a search for the message finds Istio's docs), then what it means for traffic
 * here. Istio's templates: istio/istio pkg/config/analysis/msg/messages.yaml.
 */
import type { Service } from '../model/mesh.ts';
import type { VsDestination } from './destinations.ts';

const q = (s: string) => `"${s}"`;
const list = (items: readonly (string | number)[]) => items.join(', ');
const orList = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
const andList = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
const consequence = (d: VsDestination) =>
  d.mirror ? 'the mirrored copies go nowhere' : d.protocol === 'http' ? 'requests on this route get 503 NC (no cluster)' : 'connections on this route are refused';

export const msg = {
  // IST0101 ReferencedResourceNotFound: "Referenced %s not found: %q"
  destinationHostNotFound: (line: number, d: VsDestination, suggestions: string[]) =>
    `Line ${line}: Referenced ${d.mirror ? 'mirror host' : 'host'} not found: ${q(d.host)}. No Service is named ${d.fqdn}` +
    (d.host.includes('.') ? '' : ` (a short name is read in the VirtualService's namespace, ${d.vs.namespace})`) +
    `, so ${consequence(d)}.` +
    (suggestions.length ? ` Did you mean ${orList(suggestions)}?` : ''),
  destinationPortNotFound: (line: number, d: VsDestination, svc: Service, ports: number[]) =>
    `Line ${line}: Referenced host:port not found: ${q(`${d.host}:${d.port}`)}. Service ${svc.namespace}/${svc.name} ` +
    `exposes port${ports.length === 1 ? '' : 's'} ${list(ports) || 'none'}, so ${consequence(d)}.`,
  subsetNotFound: (line: number, d: VsDestination, rules: { name: string; line: number; subsets: string[] }[]) =>
    `Line ${line}: Referenced ${d.mirror ? 'mirror' : 'host'}+subset in destinationrule not found: ${q(`${d.host}+${d.subset}`)}. ` +
    (rules.length === 0
      ? `No DestinationRule defines subsets for ${d.fqdn}`
      : rules
          .map((r) => `DestinationRule ${r.name} (line ${r.line}) defines ${r.subsets.length ? `subsets ${list(r.subsets)}` : 'no subsets'}`)
          .join('; ') + `, not ${d.subset}`) +
    `, so ${consequence(d)}.`,
  gatewayNotFound: (line: number, gateway: string, normalized: string) =>
    `Line ${line}: Referenced gateway not found: ${q(gateway)}. No Gateway ${normalized} exists, so this VirtualService ` +
    `is bound to no proxy through it.`,
  gatewaySelectorNotFound: (line: number, selector: string) =>
    `Line ${line}: Referenced selector not found: ${q(selector)}. No pod carries these labels, so no gateway proxy ` +
    `serves this Gateway's servers.`,
  // IST0102 NamespaceNotInjected
  namespaceNotInjected: (line: number, ns: string) =>
    `Line ${line}: The namespace is not enabled for Istio injection. Run 'kubectl label namespace ${ns} istio-injection=enabled' ` +
    `to enable it, or 'kubectl label namespace ${ns} istio-injection=disabled' to explicitly mark it as not needing injection. ` +
    `Its pods get no sidecar unless their own label asks for one.`,
  // IST0103 PodMissingProxy
  podMissingProxy: (line: number, pod: string) =>
    `Line ${line}: The pod ${pod} is missing the Istio proxy. This can often be resolved by restarting or redeploying the workload. ` +
    `Its namespace injects sidecars, but this running pod has no istio-proxy container (it started before injection was on); ` +
    `the playground simulates it as if restarted, with a sidecar.`,
  // IST0109 ConflictingMeshGatewayVirtualServiceHosts
  conflictingMeshHosts: (line: number, names: string[], host: string, winner: string) =>
    `Line ${line}: The VirtualServices ${names.join(',')} associated with mesh gateway define the same host ${host} which can ` +
    `lead to undefined behavior. This can be fixed by merging the conflicting VirtualServices into a single resource. ` +
    `They are not merged: sidecars use ${winner} (the oldest) for this host and ignore the others.`,
  // IST0112 VirtualServiceDestinationPortSelectorRequired
  destinationPortRequired: (line: number, host: string, ports: number[]) =>
    `Line ${line}: This VirtualService routes to a service ${q(host)} that exposes multiple ports [${ports.join(' ')}]. ` +
    `Specifying a port in the destination is required to disambiguate.`,
  // IST0118 PortNameIsNotUnderNamingConvention
  portName: (line: number, name: string, port: number, targetPort: string) =>
    `Line ${line}: Port name ${name || '(unnamed)'} (port: ${port}, targetPort: ${targetPort}) doesn't follow the naming ` +
    `convention of Istio port. Name it <protocol>[-<suffix>] (http, http2, grpc, tcp, ...) or set appProtocol; otherwise ` +
    `Istio sniffs the protocol (the playground's requests are HTTP, so they are routed as HTTP).`,
  // IST0128 / IST0129
  noCaCertificates: (line: number, dr: string, ns: string, mode: string, host: string, port?: string) =>
    `Line ${line}: DestinationRule ${dr} in namespace ${ns} has TLS mode set to ${mode} but no caCertificates are set to ` +
    `validate server identity for host: ${host}${port ? ` at port ${port}` : ''}`,
  // IST0130 VirtualServiceUnreachableRule: "VirtualService rule %v not used (%s)."
  unreachableRule: (line: number, rule: string, reason: string, explanation: string) =>
    `Line ${line}: VirtualService rule ${rule} not used (${reason}). ${explanation}`,
  // IST0131 VirtualServiceIneffectiveMatch
  ineffectiveMatch: (line: number, rule: string, match: string, dup: string) =>
    `Line ${line}: VirtualService rule ${rule} match ${match} is not used (duplicate/overlapping match in rule ${dup}). ` +
    `Requests it would match are taken by the earlier rule.`,
  // IST0132 VirtualServiceHostNotFoundInGateway
  hostNotInGateway: (line: number, hosts: string[], vs: string, gateway: string) =>
    `Line ${line}: one or more host [${hosts.join(' ')}] defined in VirtualService ${vs} not found in Gateway ${gateway}. ` +
    `The gateway does not accept requests for these hosts, so this VirtualService never routes them there.`,
  // IST0145 ConflictingGateways
  conflictingGateways: (line: number, gateways: string[], selector: string, port: number, hosts: string[]) =>
    `Line ${line}: Conflict with gateways ${gateways.join(',')} (workload selector ${selector}, port ${port}, hosts ${hosts.join(',')}). ` +
    `The same gateway pods get two servers for the same port and host; only one of them takes effect.`,
  // IST0173 DestinationRuleSubsetNotSelectPods
  subsetSelectsNoPods: (line: number, subset: string, labels: string, service: string) =>
    `Line ${line}: The Subset ${subset} defined in the DestinationRule does not select any pods. Which may lead to 503 UH ` +
    `(NoHealthyUpstream). No pod of ${service} has ${labels || 'these labels'}.`,
  // IST0174 UnknownDestinationRuleHost
  unknownDestinationRuleHost: (line: number, host: string, fqdn: string, suggestions: string[]) =>
    `Line ${line}: The host ${host} defined in the DestinationRule does not match any services in the mesh.` +
    (host === fqdn ? '' : ` It is read as ${fqdn}.`) +
    ` This rule applies to no traffic.` +
    (suggestions.length ? ` Did you mean ${orList(suggestions)}?` : ''),
};

/** Playground hints (ITP04xx): what traffic will do because of the configuration. */
export const hint = {
  clientWithoutSidecar: (line: number, traffic: string, client: string, reason: string, ignored: string[]) =>
    `Line ${line}: Client ${client} has no sidecar, so ${andList(ignored)} ${ignored.length === 1 ? 'is' : 'are'} ignored for ` +
    `Traffic ${traffic}: kube-proxy spreads its requests over every pod of the Service at random. ${reason}`,
  gatewayOnly: (line: number, vs: string, gateways: string[], clients: string[]) =>
    `Line ${line}: VirtualService ${vs} is gateway-only (gateways: ${gateways.join(', ')}; no mesh), so mesh traffic is ` +
    `unaffected: requests from ${andList(clients)} (sidecar) to its hosts ignore it and take the Service's default route. ` +
    `Add \`mesh\` to \`gateways\` to apply it to sidecars too.`,
  hostNotResolved: (line: number, host: string, ns: string, suggestions: string[]) =>
    `Line ${line}: The request host ${host} matches no Service visible from namespace ${ns}, so the name does not ` +
    `resolve and curl fails (Could not resolve host).` + (suggestions.length ? ` Did you mean ${orList(suggestions)}?` : ''),
  hostPassthrough: (line: number, host: string) =>
    `Line ${line}: The request host ${host} matches no Service and no VirtualService host, so the sidecar sends it to the ` +
    `PassthroughCluster: it leaves the mesh with no Istio routing.`,
  hostNotServedOnPort: (line: number, host: string, port: number, vs: string, reason: string) =>
    `Line ${line}: VirtualService ${vs} names ${host}, but not for port ${port}: ${reason}. The sidecar sends the ` +
    `request to the PassthroughCluster: it leaves the mesh with no Istio routing.`,
  portNotOnService: (line: number, host: string, port: number, svc: string, ports: number[]) =>
    `Line ${line}: The request goes to ${host}:${port}, but Service ${svc} has no port ${port} (ports: ${list(ports) || 'none'}), ` +
    `so the connection is refused.`,
  relativeWeights: (line: number, weights: number[], total: number, shares: string[]) =>
    `Line ${line}: These weights (${weights.join(' + ')}) add up to ${total}, not 100. Weights are relative, so the split is ` +
    `${shares.join(' / ')}` + (weights.includes(0) ? ' (a destination with weight 0 or none gets no traffic).' : '.'),
  consistentHashSplit: (line: number, key: string, rules: string, targets: string[]) =>
    `Line ${line}: consistentHash on ${key} (${rules}) does not make this split sticky: the pick between ${targets.join(' and ')} ` +
    `is drawn again for every request by weight, and the hash only chooses the pod inside the picked subset. The same ` +
    `${key} value lands in every subset in proportion to the weights.`,
};
