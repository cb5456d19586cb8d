/**
 * The one-line caption over the graph: what the first client's traffic does and why, with the
 * YAML lines that cause it ("Client `sleep` has a sidecar, so VirtualService `x` (line 97)
 * splits 10/90 between subsets v1 and v2 of DestinationRule `y` (line 77)."). Pure.
 */
import type { SourceRef } from '../model/source.ts';
import type { Topology, TopoCluster, TopoClient, TopoEdge, TopoProxy } from './types.ts';

/** Caption text; a part with `line` is a link to that YAML line, `code` is set in monospace. */
export interface CaptionPart {
  text: string;
  line?: number;
  code?: boolean;
}

type Parts = CaptionPart[];

const t = (text: string): CaptionPart => ({ text });
const code = (text: string): CaptionPart => ({ text, code: true });
const lineLink = (ref: SourceRef | undefined): Parts => (ref ? [t(' ('), { text: `line ${ref.line}`, line: ref.line }, t(')')] : []);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function describeCaption(topology: Topology): CaptionPart[] {
  const client = topology.clients[0];
  if (!client) return [t('No Traffic object sends requests yet: add one ('), code('kind: Traffic'), t(') to watch the mesh route them.')];
  const parts = describeClient(topology, client);
  // Two clients read as two sentences (gateway vs. in-mesh); more would not fit one line.
  if (topology.clients.length === 2) parts.push(t(' '), ...describeClient(topology, topology.clients[1]));
  else if (topology.clients.length > 2) parts.push(t(` (+${plural(topology.clients.length - 1, 'more client')}: see the graph.)`));
  return merge(parts);
}

/** The clients the caption describes: the first, and the second when there are exactly two. */
const describedClients = (topo: Topology) => topo.clients.slice(0, topo.clients.length === 2 ? 2 : 1);

/** The Services the caption names (one per client it describes), so the graph can make sure it draws them. */
export function captionServiceIds(topology: Topology): string[] {
  return describedClients(topology).map((c) => captionTarget(topology, c).serviceId).filter((id): id is string => !!id);
}

/**
 * Which of a client's Services the caption talks about: the busiest it calls, ranked as the
 * graph ranks Services on a large mesh (configured rate, then topology order). A client that
 * calls one Service (the seed, most examples) gets that one. On a large mesh the graph draws
 * only the busiest Services and opens on the busiest lane, so the caption describes what is on
 * screen rather than the first Service in the Traffic, which may sit behind "+K more": a caption
 * about something not drawn (or a line saying "it is among the 95 more") would send the user
 * looking for it. The graph also pins the Services named here (`captionServiceIds`), so the rare
 * caption Service outside the busiest few (a second client calling only quiet Services) is drawn.
 */
function captionTarget(topo: Topology, client: TopoClient): { proxy?: TopoProxy; serviceId?: string } {
  const proxies = topo.proxies.filter((p) => p.clientId === client.id);
  const rank = new Map(topo.services.map((s, i) => [s.id, i]));
  const rate = new Map(topo.services.map((s) => [s.id, s.rate]));
  let best: { proxy: TopoProxy; serviceId: string } | undefined;
  for (const proxy of proxies) {
    for (const e of topo.edges) {
      if (e.source !== proxy.id || !e.target.startsWith('svc:')) continue;
      const better = !best || (rate.get(e.target) ?? 0) > (rate.get(best.serviceId) ?? 0) ||
        ((rate.get(e.target) ?? 0) === (rate.get(best.serviceId) ?? 0) && (rank.get(e.target) ?? Infinity) < (rank.get(best.serviceId) ?? Infinity));
      if (better) best = { proxy, serviceId: e.target };
    }
  }
  return best ?? { proxy: proxies[0] };
}

function describeClient(topo: Topology, client: TopoClient): Parts {
  const name = client.deployment ?? client.name;
  const { proxy, serviceId } = captionTarget(topo, client);
  const out = (id: string) => topo.edges.filter((e) => e.source === id);
  // The proxy's own VirtualService and ignored list are those of its first Service (its first request).
  const firstService = proxy && out(proxy.id).find((e) => e.target.startsWith('svc:'))?.target === serviceId;
  const service = topo.services.find((s) => s.id === serviceId);
  const svcName = service?.name ?? 'the Service';

  if (client.mode === 'kube-proxy') {
    const pods = serviceId ? out(serviceId).filter((e) => e.kind === 'kubeProxy').length : 0;
    const route = topo.routes.find((r) => r.serviceId === serviceId);
    const head: Parts = [t('Client '), code(name), t(` has no sidecar: kube-proxy spreads requests over all ${plural(pods, 'pod')} of `), code(svcName)];
    if (route) return [...head, t('; VirtualService '), code(route.virtualService.split('/')[1] ?? route.virtualService), ...lineLink(route.ref), t(' is ignored.')];
    const dr = topo.clusters.find((c) => c.serviceId === serviceId && c.destinationRuleRef)?.destinationRuleRef;
    return dr ? [...head, t('; the DestinationRule'), ...lineLink(dr), t(' is ignored.')] : [...head, t('.')];
  }

  const who: Parts = client.mode === 'gateway' ? [t('Ingress gateway '), code(name), t(' is bound by a Gateway, so ')] : [t('Client '), code(name), t(' has a sidecar, so ')];
  if (!proxy || !serviceId) return [...who, t('its requests reach no Service.')];
  const edgeKind = out(proxy.id).find((e) => e.target === serviceId)?.kind;
  if (edgeKind === 'passthrough') {
    return [t('Client '), code(name), t(' has a sidecar, but the host matches no Service or VirtualService: the request takes the PassthroughCluster and kube-proxy picks a pod.')];
  }
  const vs = firstService ? proxy.virtualService : serviceVirtualService(topo, proxy, serviceId);
  if (vs) return [...who, ...describeVirtualService(topo, vs, serviceId)];

  const ignored = firstService ? proxy.ignored.find((i) => i.reason.startsWith('gateway-only')) : undefined;
  const lead: Parts = ignored
    ? [...(client.mode === 'gateway' ? [t('Ingress gateway '), code(name), t(': ')] : [t('Client '), code(name), t(' has a sidecar, but ')]), t('VirtualService '), code(ignored.name.split('/')[1] ?? ignored.name), ...lineLink(ignored.ref), t(' is gateway-only, so it is ignored: ')]
    : client.mode === 'gateway' ? [t('Ingress gateway '), code(name), t(' has no VirtualService: ')] : [...who, t('no VirtualService applies: ')];
  const cluster = topo.clusters.find((c) => out(serviceId).some((e) => e.kind === 'default' && e.target === c.id));
  if (!cluster) return [...lead, t('the request has no cluster.')];
  const hash = hashPhrase(cluster);
  if (hash && cluster.destinationRuleRef) {
    return [...lead, t('DestinationRule '), code(cluster.destinationRuleRef.name), ...lineLink(cluster.destinationRuleRef), t(` ${hash}: each value sticks to one pod.`)];
  }
  return [...lead, t(`the default route spreads requests over all ${plural(cluster.podIds.length, 'pod')} of `), code(svcName), t(` (${cluster.lbLabel}).`)];
}

type CaptionVirtualService = NonNullable<TopoProxy['virtualService']>;

/**
 * The VirtualService routing a Service that is not the proxy's first: the one its routes come
 * from. The topology keeps no line for that document, so the link goes to its first route.
 */
function serviceVirtualService(topo: Topology, proxy: TopoProxy, serviceId: string): CaptionVirtualService | undefined {
  const route = topo.routes.find((r) => r.serviceId === serviceId);
  if (!route) return undefined;
  const own = proxy.virtualService;
  if (own && `${own.namespace}/${own.name}` === route.virtualService) return own;
  const [namespace, name] = route.virtualService.split('/');
  return { namespace, name: name ?? route.virtualService, ref: route.ref };
}

function describeVirtualService(topo: Topology, vs: CaptionVirtualService, serviceId: string): Parts {
  const head: Parts = [t('VirtualService '), code(vs.name), ...lineLink(vs.ref)];
  const routes = topo.routes.filter((r) => r.serviceId === serviceId && r.virtualService === `${vs.namespace}/${vs.name}`);
  const weightedOf = (id: string) => topo.edges.filter((e) => e.source === id && e.kind === 'weighted');
  const route = routes.find((r) => weightedOf(r.id).filter((e) => (e.share ?? 0) > 0).length > 1) ?? routes[0];
  if (!route) return [...head, t(' has no HTTP route for this host.')];
  const which: Parts = routes.length > 1 ? [t(` picks one of ${routes.length} routes by match; route ${route.index + 1} (`), code(route.summary), t(')')] : [];
  const edges = weightedOf(route.id).filter((e) => (e.share ?? 0) > 0);
  const clusters = edges.map((e) => topo.clusters.find((c) => e.target === c.id)).filter((c): c is TopoCluster => !!c);
  if (edges.length === 0) return [...head, ...which, t(' sends nowhere: every weight is 0 (503).')];
  const dr = clusters.find((c) => c.destinationRuleRef)?.destinationRuleRef;
  const drParts: Parts = dr ? [t(' of DestinationRule '), code(dr.name), ...lineLink(dr)] : [];
  const hash = clusters.map(hashPhrase).find(Boolean);
  const tail: Parts = hash ? [t(`; inside a subset the sidecar ${hash}, so each value sticks to one pod.`)] : [t('.')];
  if (edges.length === 1) {
    return [...head, ...which, t(' sends every request to '), ...target(clusters[0]), ...drParts, ...tail];
  }
  const weights = edges.map((e: TopoEdge) => e.weight ?? Math.round((e.share ?? 0) * 100)).join('/');
  const names = clusters.map((c) => c.subset ?? c.name);
  const subsets = names.length === 2 ? `${names[0]} and ${names[1]}` : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const allSubsets = clusters.every((c) => c.subset);
  return [...head, ...which, t(` splits ${weights} between ${allSubsets ? 'subsets ' : ''}${subsets}`), ...drParts, ...tail];
}

function target(c: TopoCluster | undefined): Parts {
  if (!c) return [t('an unknown cluster')];
  return c.subset ? [t(`subset ${c.subset}`)] : [code(c.name.split('|')[3] ?? c.name)];
}

/** 'hashes header foo' for consistent-hash clusters; undefined otherwise. */
function hashPhrase(c: TopoCluster | undefined): string | undefined {
  const m = c && /^(RING_HASH|MAGLEV) on (.+)$/.exec(c.lbLabel);
  if (!m) return undefined;
  return `hashes ${m[2]}${m[1] === 'MAGLEV' ? ' (Maglev)' : ''}`;
}

/** Joins neighbouring plain-text parts. */
function merge(parts: Parts): Parts {
  const outParts: Parts = [];
  for (const p of parts) {
    const last = outParts[outParts.length - 1];
    if (last && !last.code && last.line === undefined && !p.code && p.line === undefined) last.text += p.text;
    else outParts.push({ ...p });
  }
  return outParts;
}
