/**
 * Resource-shaped objects: every kind the playground reads, with fields that are mostly
 * plausible (so references between objects resolve and routing runs) and sometimes of the
 * wrong type or out of range (so every reader's error path runs). A scenario is a list of
 * them written with the `yaml` library, one document each.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { XSS } from './text.ts';

/** A value of the wrong shape: what a typo or a stranger's YAML puts where a field should be. */
const weird: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -3, max: 70000 }),
  fc.double({ noDefaultInfinity: false }),
  fc.boolean(),
  fc.string({ maxLength: 8 }),
  fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }), { maxKeys: 2 }),
);

/** Usually `arb`, sometimes something of the wrong shape, sometimes absent. */
function field<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | unknown> {
  return fc.option(fc.oneof({ weight: 6, arbitrary: arb }, { weight: 1, arbitrary: weird }), { nil: undefined, freq: 4 });
}

const name = fc.constantFrom('a', 'b', 'svc', 'reviews', 'client', 'gw', 'v1', 'v2', 'x.y', XSS, 'UPPER', 'a'.repeat(64));
const namespace = fc.option(fc.constantFrom('lab', 'default', 'istio-system', 'other', XSS), { nil: undefined });
const labelValue = fc.constantFrom('a', 'b', 'v1', 'v2', 'true', 'false', 'enabled', 'ingressgateway', XSS);
const labels = fc.dictionary(fc.constantFrom('app', 'version', 'istio', 'sidecar.istio.io/inject', 'istio-injection', XSS), field(labelValue), { maxKeys: 3 });
const port = fc.oneof(fc.constantFrom(80, 8080, 9080, 443), fc.integer({ min: -1, max: 70000 }));
const portName = fc.constantFrom('http', 'http-web', 'grpc', 'tcp', 'web', 'https', XSS);
const host = fc.constantFrom('svc', 'a', 'b', 'reviews', 'svc.lab', 'svc.lab.svc.cluster.local', 'www.example.com', '*', '*.lab.svc.cluster.local', XSS);
const regex = fc.constantFrom('.*', 'v[0-9]+', '(a+)+$', '[', '(?i)abc', 'a{1000}', '\\d+', '', XSS);
const stringMatch = fc.oneof(
  fc.record({ exact: field(fc.constantFrom('a', 'bar', '/ping', XSS, '')) }),
  fc.record({ prefix: field(fc.constantFrom('/', '/api', '/ping', '')) }),
  fc.record({ regex: field(regex) }),
  fc.constant({}),
  weird,
);
const meta = fc.record({ name: field(name), namespace, labels: field(labels), annotations: field(labels), creationTimestamp: field(fc.constantFrom('2024-01-01T00:00:00Z', 'yesterday')) }, { requiredKeys: ['name'] });

const container = fc.record({ name: field(name), image: fc.constant('img'), ports: field(fc.array(fc.record({ name: field(portName), containerPort: field(port) }), { maxLength: 2 })) });
const podSpec = fc.record({ containers: field(fc.array(container, { minLength: 1, maxLength: 2 })), hostNetwork: field(fc.boolean()) });

const service = fc.record({
  selector: field(labels),
  ports: field(fc.array(fc.record({ name: field(portName), port: field(port), targetPort: field(fc.oneof(port, portName)), appProtocol: field(fc.constantFrom('http', 'grpc', 'tcp')) }), { maxLength: 3 })),
});
const deployment = fc.record({
  replicas: field(fc.integer({ min: -1, max: 6 })),
  selector: field(fc.record({ matchLabels: labels })),
  template: field(fc.record({ metadata: fc.record({ labels, annotations: field(labels) }), spec: field(podSpec) })),
});
const destination = fc.record({ host: field(host), subset: field(fc.constantFrom('v1', 'v2', 'v3', XSS)), port: field(fc.record({ number: field(port) })) }, { requiredKeys: ['host'] });
const httpMatch = fc.record({
  uri: field(stringMatch), headers: field(fc.dictionary(fc.constantFrom('foo', 'end-user', 'x-canary', XSS), stringMatch, { maxKeys: 2 })),
  queryParams: field(fc.dictionary(fc.constantFrom('q', 'v'), stringMatch, { maxKeys: 1 })), method: field(stringMatch),
  authority: field(stringMatch), withoutHeaders: field(fc.dictionary(fc.constantFrom('foo'), stringMatch, { maxKeys: 1 })),
  ignoreUriCase: field(fc.boolean()), port: field(port), sourceLabels: field(labels), sourceNamespace: field(fc.constantFrom('lab', 'other')),
  gateways: field(fc.array(fc.constantFrom('mesh', 'gw', 'lab/gw'), { maxLength: 2 })),
}, { requiredKeys: [] });
const percent = fc.record({ value: field(fc.oneof(fc.integer({ min: -10, max: 110 }), fc.double({ min: 0, max: 100 }))) });
const httpRoute = fc.record({
  name: field(name),
  match: field(fc.array(httpMatch, { maxLength: 2 })),
  route: field(fc.array(fc.record({ destination, weight: field(fc.integer({ min: -5, max: 100 })), headers: field(fc.constant({ request: { set: { 'x-a': XSS } } })) }), { maxLength: 3 })),
  redirect: field(fc.record({ uri: field(fc.constantFrom('/new', XSS)), authority: field(host), redirectCode: field(fc.integer({ min: 100, max: 700 })) })),
  directResponse: field(fc.record({ status: field(fc.integer({ min: 0, max: 700 })), body: field(fc.record({ string: fc.constant(XSS) })) })),
  rewrite: field(fc.record({ uri: field(fc.constantFrom('/', '/v2/', '')), authority: field(host), uriRegexRewrite: field(fc.record({ match: regex, rewrite: fc.constantFrom('/\\1', '') })) })),
  fault: field(fc.record({
    delay: field(fc.record({ fixedDelay: field(fc.constantFrom('1s', '5ms', '0s', 'abc', '-1s')), percentage: field(percent) })),
    abort: field(fc.record({ httpStatus: field(fc.integer({ min: 0, max: 700 })), percentage: field(percent) })),
  })),
  retries: field(fc.record({ attempts: field(fc.integer({ min: -1, max: 10 })), perTryTimeout: field(fc.constantFrom('1s', '0s')), retryOn: field(fc.constantFrom('5xx', 'gateway-error,connect-failure', '')) })),
  timeout: field(fc.constantFrom('1s', '10ms', '0s', 'x')),
  mirror: field(destination),
  mirrorPercentage: field(percent),
}, { requiredKeys: [] });
const virtualService = fc.record({
  hosts: field(fc.array(host, { maxLength: 3 })),
  gateways: field(fc.array(fc.constantFrom('mesh', 'gw', 'lab/gw', 'istio-system/gw'), { maxLength: 2 })),
  exportTo: field(fc.array(fc.constantFrom('.', '*', 'lab', 'other'), { maxLength: 2 })),
  http: field(fc.array(httpRoute, { maxLength: 3 })),
});
const consistentHash = fc.oneof(
  fc.record({ httpHeaderName: field(fc.constantFrom('foo', 'end-user')) }),
  fc.record({ httpCookie: field(fc.record({ name: field(fc.constantFrom('user', XSS)), ttl: field(fc.constantFrom('0s', '10s', 'x')), path: field(fc.constant('/')) })) }),
  fc.record({ useSourceIp: field(fc.boolean()) }),
  fc.record({ httpQueryParameterName: field(fc.constantFrom('q', 'user')) }),
  fc.record({ httpHeaderName: fc.constant('foo'), maglev: field(fc.record({ tableSize: field(fc.constantFrom(7, 251, 65537, 4, 10)) })) }),
  fc.record({ httpHeaderName: fc.constant('foo'), ringHash: field(fc.record({ minimumRingSize: field(fc.constantFrom(1, 12, 1024, 3000, 0)) })) }),
  fc.record({ httpHeaderName: fc.constant('foo'), minimumRingSize: field(fc.constantFrom(12, 2048)) }),
);
const loadBalancer = fc.oneof(fc.record({ simple: field(fc.constantFrom('ROUND_ROBIN', 'RANDOM', 'LEAST_REQUEST', 'PASSTHROUGH', 'LEAST_CONN', 'BOGUS')) }), fc.record({ consistentHash: field(consistentHash) }));
const trafficPolicy = fc.record({
  loadBalancer: field(loadBalancer),
  portLevelSettings: field(fc.array(fc.record({ port: field(fc.record({ number: field(port) })), loadBalancer: field(loadBalancer) }), { maxLength: 2 })),
  tls: field(fc.record({ mode: field(fc.constantFrom('DISABLE', 'SIMPLE', 'ISTIO_MUTUAL', 'MUTUAL')) })),
}, { requiredKeys: [] });
const destinationRule = fc.record({
  host: field(host),
  exportTo: field(fc.array(fc.constantFrom('.', '*', 'lab'), { maxLength: 2 })),
  trafficPolicy: field(trafficPolicy),
  subsets: field(fc.array(fc.record({ name: field(fc.constantFrom('v1', 'v2', 'v3', 'Bad_Name', XSS)), labels: field(labels), trafficPolicy: field(trafficPolicy) }), { maxLength: 3 })),
});
const gateway = fc.record({
  selector: field(fc.constant({ istio: 'ingressgateway' })),
  servers: field(fc.array(fc.record({ port: field(fc.record({ number: field(port), name: field(portName), protocol: field(fc.constantFrom('HTTP', 'HTTPS', 'TCP', 'BOGUS')) })), hosts: field(fc.array(fc.constantFrom('*', 'lab/*', 'www.example.com', './svc', XSS), { maxLength: 2 })) }), { maxLength: 2 })),
});
const curl = fc.constantFrom(
  'curl http://svc:8080/ping', 'curl http://svc.lab/ -H "foo: bar"', `curl -H 'end-user: ${XSS}' http://reviews:9080/`,
  'curl -b user=alice http://a/', 'curl http://www.example.com/', 'curl -X POST http://b.other:80/x?q=1', 'curl', 'wget http://a',
);
const headers = fc.dictionary(fc.constantFrom('foo', 'end-user', 'cookie', 'host', XSS), fc.oneof(labelValue, fc.array(labelValue, { maxLength: 3 })), { maxKeys: 2 });
const from = fc.constantFrom('client', 'lab/client', 'a', 'other/b', 'nope', XSS);
const traffic = fc.record({
  from: field(from),
  rate: field(fc.oneof(fc.integer({ min: -1, max: 50 }), fc.constant(1e6))),
  requests: field(fc.array(fc.oneof(curl, fc.record({ curl: field(curl), weight: field(fc.integer({ min: -1, max: 5 })), headers: field(headers) })), { maxLength: 3 })),
});
const test = fc.record({
  from: field(from), request: field(curl), headers: field(headers), requests: field(fc.integer({ min: 0, max: 30 })), seed: field(fc.nat()),
  expect: field(fc.record({ status: field(fc.constantFrom(200, 404, 503)), subset: field(fc.constantFrom('v1', 'v2')), sticky: field(fc.boolean()), share: field(fc.constant({ subset: { v1: '10% ± 5' } })) }, { requiredKeys: [] })),
});

const NETWORKING = fc.constantFrom('networking.istio.io/v1', 'networking.istio.io/v1beta1', 'networking.istio.io/v1alpha3', 'v1');
const envelope = (apiVersion: fc.Arbitrary<string>, kind: string, spec: fc.Arbitrary<unknown>) =>
  fc.record({ apiVersion, kind: fc.constant(kind), metadata: meta, spec: field(spec) });

export const resource: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ apiVersion: fc.constant('v1'), kind: fc.constant('Namespace'), metadata: meta }),
  envelope(fc.constant('v1'), 'Service', service),
  envelope(fc.constantFrom('apps/v1', 'v1'), 'Deployment', deployment),
  fc.record({ apiVersion: fc.constant('v1'), kind: fc.constant('Pod'), metadata: meta, spec: field(podSpec), status: field(fc.record({ podIP: field(fc.constantFrom('10.0.0.7', '999.1.1.1', 'x')) })) }),
  envelope(NETWORKING, 'VirtualService', virtualService),
  envelope(NETWORKING, 'DestinationRule', destinationRule),
  envelope(NETWORKING, 'Gateway', gateway),
  envelope(fc.constant('playground/v1'), 'Traffic', traffic),
  envelope(fc.constant('playground/v1'), 'Test', test),
  fc.record({ apiVersion: fc.constantFrom('v1', '', 'x/y'), kind: fc.constantFrom('ConfigMap', 'Sidecar', 'ServiceEntry', ''), metadata: field(meta) }),
);

/** A client with a sidecar and a Service with two versions, so generated routing has something to reach. */
const BACKBONE = [
  { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'lab', labels: { 'istio-injection': 'enabled' } } },
  { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'client', namespace: 'lab' }, spec: { replicas: 1, selector: { matchLabels: { app: 'client' } }, template: { metadata: { labels: { app: 'client' } }, spec: { containers: [{ name: 'c', image: 'i' }] } } } },
  ...['v1', 'v2'].map((v) => ({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: `svc-${v}`, namespace: 'lab' }, spec: { replicas: 2, selector: { matchLabels: { app: 'svc', version: v } }, template: { metadata: { labels: { app: 'svc', version: v } }, spec: { containers: [{ name: 'c', image: 'i', ports: [{ name: 'http', containerPort: 80 }] }] } } } })),
  { apiVersion: 'v1', kind: 'Service', metadata: { name: 'svc', namespace: 'lab' }, spec: { selector: { app: 'svc' }, ports: [{ name: 'http', port: 8080, targetPort: 'http' }] } },
];

/** A scenario text: (usually) the backbone plus generated resources, one YAML document each. */
export const resourceScenario = fc
  .tuple(fc.boolean(), fc.array(resource, { minLength: 1, maxLength: 6 }))
  .map(([withBackbone, docs]) => (withBackbone ? [...BACKBONE, ...docs] : docs).map((d) => stringify(d)).join('---\n'));
