import type { JSONSchema } from 'monaco-yaml';

/**
 * JSON Schema of the playground's `Test` kind (engine: src/engine/model/readTest.ts), for editor
 * completion, hover and validation. Registered in schemas.ts through `withTestKind`.
 */

const name: JSONSchema = { type: 'string', description: 'A name or `namespace/name`; `*` globs are allowed (`reviews-v2-*`).' };
const share: JSONSchema = {
  anyOf: [{ type: 'string', pattern: '^\\s*(>=|<=|≥|≤)?\\s*\\d+(\\.\\d+)?\\s*%?\\s*((±|\\+-|\\+/-)\\s*\\d+(\\.\\d+)?\\s*%?)?\\s*$' }, { type: 'number', minimum: 0, maximum: 100 }],
  description: 'Share of the requests: `"90% ± 2"`, `"90%"` (exactly), `">= 80%"` or `"<= 5%"`.',
  examples: ['90% ± 2', '10% ± 2', '0%', '>= 80%'],
};
const shares = (what: string): JSONSchema => ({
  type: 'object',
  description: `${what} -> expected share, e.g. {v2: "90% ± 2"}. \`none\` counts requests without one.`,
  additionalProperties: share,
});

const expectSchema: JSONSchema = {
  type: 'object',
  additionalProperties: false,
  description: 'What must hold. Every field but `share` and `sticky` must hold for every request.',
  properties: {
    status: { type: 'integer', minimum: 0, maximum: 599, description: 'HTTP status of every request (0 = no response: DNS or connection failure).', examples: [200, 404, 503] },
    flags: { anyOf: [{ type: 'array', items: { enum: ['NR', 'NC', 'UH', 'FI', 'DI', 'DNS', 'CF'] } }, { type: 'string' }], description: 'Envoy response flags, exactly: `[NR]`, `[DI, FI]`, `[]` for none.' },
    subset: { type: 'string', description: 'DestinationRule subset reached (`none`: no subset).', examples: ['v1', 'v2', 'none'] },
    cluster: { type: 'string', description: 'Envoy cluster, e.g. `outbound|9080|v2|reviews.bookinfo.svc.cluster.local`, or `PassthroughCluster`.' },
    service: { ...name, description: 'Service the Host resolved to (`name` or `namespace/name`).' },
    pod: { ...name, description: 'Pod that answered: `name`, `namespace/name` or a glob like `reviews-v2-*`.' },
    podLabels: { type: 'object', additionalProperties: { type: 'string' }, description: 'Labels the answering pod must carry, e.g. {version: v2}.' },
    podPort: { type: 'integer', minimum: 1, maximum: 65535, description: 'Endpoint port on the pod (targetPort resolved).' },
    virtualService: { ...name, description: 'VirtualService applied (`name` or `namespace/name`), or `none`.' },
    route: { anyOf: [{ type: 'integer', minimum: 1 }, { type: 'string' }], description: 'HTTP route matched: its name, or its 1-based position.' },
    mode: { enum: ['sidecar', 'gateway', 'kube-proxy'], description: 'How the request left the client.' },
    delay: { type: 'string', description: 'Injected fault delay, e.g. `7s`, or `none`.', examples: ['7s', 'none'] },
    timeout: { type: 'string', description: 'Route timeout, e.g. `0.5s`, or `none` (Istio default: disabled).', examples: ['0.5s', 'none'] },
    retries: { type: 'integer', minimum: 0, description: 'Retry attempts (Istio default 2; 0 = disabled).' },
    mirror: { type: 'string', description: 'Cluster every request is mirrored to, or `none`.' },
    location: { type: 'string', description: 'Location header of a redirect.' },
    hashKey: { type: 'string', description: 'Consistent-hash key used, e.g. `x-user: alice`.' },
    share: {
      type: 'object',
      additionalProperties: false,
      description: 'Shares over all `requests` (default 1000 with a share), e.g. {subset: {v1: "10% ± 2", v2: "90% ± 2"}}.',
      properties: {
        subset: shares('Subset'),
        status: shares('Status code'),
        flags: shares('Response flag'),
        pod: shares('Pod name or glob'),
        cluster: shares('Envoy cluster'),
        service: shares('Service'),
        mirror: shares('Mirror cluster'),
        podLabels: { type: 'object', description: 'Label key -> value -> share, e.g. {version: {v1: "50% ± 5"}}.', additionalProperties: shares('Label value') },
      },
    },
    sticky: { type: 'boolean', description: '`true`: every request with the same headers reaches the same pod. `false`: they spread over several pods.' },
  },
};

/** The `Test` kind: one request, sent `requests` times with a seed, and what must hold. */
export const testKindSchema: JSONSchema = {
  type: 'object',
  title: 'Test',
  description: 'Playground routing test: send a request from a client and check where it goes. Run by the Tests tab and `itp test`.',
  required: ['apiVersion', 'kind', 'metadata', 'spec'],
  properties: {
    apiVersion: { const: 'playground/v1', description: 'Always `playground/v1`.' },
    kind: { const: 'Test' },
    metadata: {
      type: 'object',
      properties: {
        name: { type: 'string', description: 'Name of the test, shown in the Tests tab and CI reports.' },
        namespace: { type: 'string', description: 'Namespace for `from` (default: `default`).' },
      },
    },
    spec: {
      type: 'object',
      additionalProperties: false,
      required: ['from', 'request', 'expect'],
      properties: {
        from: { type: 'string', description: 'The sending Pod or Deployment (its first pod): `name` in this namespace, or `namespace/name`.' },
        request: { type: 'string', description: 'A curl command line.', examples: ["curl -H 'end-user: jason' http://reviews:9080/reviews/1"] },
        headers: {
          type: 'object',
          description: 'Header values per request: a list gives request i the value i mod n, e.g. {x-user: [alice, bob]}.',
          additionalProperties: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
        },
        requests: { type: 'integer', minimum: 1, maximum: 100000, description: 'How many seeded requests (default 1; 100 with `sticky`; 1000 with `share`).' },
        seed: { type: 'integer', minimum: 0, default: 1, description: 'Random seed: the same seed gives the same result.' },
        kubeProxyMode: { enum: ['iptables', 'ipvs'], description: 'kube-proxy mode for clients without a sidecar (default iptables: random).' },
        expect: expectSchema,
      },
    },
  },
};

/** `other` for every document, except `kind: Test` documents, which get the Test schema. */
export function withTestKind(other: JSONSchema): JSONSchema {
  return { if: { type: 'object', required: ['kind'], properties: { kind: { const: 'Test' } } }, then: testKindSchema, else: other };
}
