/**
 * Shared scenario pieces for the client-side conformance tests (rules 1-6): namespace `shop`
 * holds Service `web` (8080 -> 80) over web-v1-* and web-v2-* (3 pods each), plus clients
 * `shop/curl` (sidecar), `front/app` (sidecar) and `front/plain` (no sidecar); an ingress
 * gateway in istio-system selected by Gateway shop/web-gateway (port 80, any host).
 * The destination-side tests (rules 11-14) use `base` (the same backend and sidecar clients,
 * no DestinationRule) and `rule` to write theirs.
 */
import { getClientView, getCluster } from '../index.ts';
import { client, clientPod, deployment, load, namespace, service, subsetsRule, webBackend } from './harness.ts';

export const mesh =
  namespace('shop') + namespace('front') + webBackend('shop') + subsetsRule() +
  client('curl', 'shop') + client('app', 'front') + client('plain', 'front', false);

/** A VirtualService sending everything to one subset of web.shop. */
export function vs(name: string, opts: { ns?: string; hosts?: string; subset?: string; extra?: string; meta?: string } = {}): string {
  return `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  namespace: ${opts.ns ?? 'shop'}
  name: ${name}
${opts.meta ?? ''}spec:
  hosts: [${opts.hosts ?? 'web'}]
${opts.extra ?? ''}  http:
    - route:
        - destination: {host: web.shop.svc.cluster.local, subset: ${opts.subset ?? 'v1'}}
---
`;
}

export const WEB = 'curl http://web.shop:8080/';
export const ts = (t: string) => `  creationTimestamp: "${t}"\n`;

export const gatewayParts =
  namespace('istio-system') +
  deployment('istio-ingressgateway', { ns: 'istio-system', labels: { istio: 'ingressgateway' }, containerPorts: [[8080, 'http2']] }) +
  service('istio-ingressgateway', { ns: 'istio-system', selector: { istio: 'ingressgateway' }, ports: [[80, 8080, 'http2']] }) +
  `apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {namespace: shop, name: web-gateway}
spec:
  selector: {istio: ingressgateway}
  servers:
    - port: {number: 80, name: http, protocol: HTTP}
      hosts: ["*"]
---
`;
export const FROM_INTERNET = "curl -H 'Host: web.example.com' http://istio-ingressgateway.istio-system/";

export const base = namespace('shop') + namespace('front') + webBackend('shop') + client('curl', 'shop') + client('app', 'front');
export const FQDN = 'web.shop.svc.cluster.local';

export function toSubset(subset: string, name = 'to-subset'): string {
  return `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {namespace: shop, name: ${name}}
spec:
  hosts: [web]
  http:
    - route: [{destination: {host: web, subset: ${subset}}}]
---
`;
}

/** A DestinationRule in `ns` for `host` whose spec body (after host) is `body`, indented by 2. */
export function rule(name: string, ns: string, host: string, body: string, meta = ''): string {
  return `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  namespace: ${ns}
  name: ${name}
${meta}spec:
  host: ${host}
${body}---
`;
}

/** Subsets v1/v2 with their labels swapped: shows which rule a client used. */
export const swapped = '  subsets:\n    - name: v1\n      labels: {version: v2}\n    - name: v2\n      labels: {version: v1}\n';
export const normal = '  subsets:\n    - name: v1\n      labels: {version: v1}\n    - name: v2\n      labels: {version: v2}\n';

export function clusterFor(s: ReturnType<typeof load>, from: string, name: string) {
  const c = getCluster(s.mesh, getClientView(s.mesh, clientPod(s, from)), name);
  if (!c) throw new Error(`no cluster ${name}`);
  return c;
}
