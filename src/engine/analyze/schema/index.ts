/**
 * The JSON Schema bundle of every kind the playground simulates, with descriptions. One source
 * for two consumers: the analyzer validates resources against it (IST0106, via ajv), and the
 * editor feeds it to monaco-yaml for completion and hover. Written from the Istio and
 * Kubernetes API references; served from the bundle itself (no schema is fetched).
 */
import { type JsonSchema, obj } from './builders.ts';
import { destinationRuleSpec } from './destinationRule.ts';
import { gatewaySpec, trafficSpec } from './gatewayAndTraffic.ts';
import { ISTIO_VERSIONS } from './istioCommon.ts';
import { deploymentSchema, metadata, namespaceSchema, podSchema, serviceSchema } from './kubernetes.ts';
import { virtualServiceSpec } from './virtualService.ts';

export type { JsonSchema } from './builders.ts';

function resource(kind: string, apiVersions: readonly string[], text: string, spec: JsonSchema): JsonSchema {
  return obj(text, {
    apiVersion: { enum: apiVersions, description: `One of ${apiVersions.join(', ')}.` },
    kind: { const: kind, description: kind },
    metadata,
    spec,
    status: obj('Status written by the control plane (ignored).', {}, { additional: true }),
  }, { required: ['apiVersion', 'kind', 'metadata', 'spec'] });
}

/** kind -> schema of a whole resource (one YAML document per resource). */
export const RESOURCE_SCHEMAS: Record<string, JsonSchema> = {
  Namespace: namespaceSchema,
  Service: serviceSchema,
  Deployment: deploymentSchema,
  Pod: podSchema,
  VirtualService: resource('VirtualService', ISTIO_VERSIONS, 'Istio VirtualService: how requests to some hosts are routed.', virtualServiceSpec),
  DestinationRule: resource('DestinationRule', ISTIO_VERSIONS, 'Istio DestinationRule: subsets and traffic policy of a host.', destinationRuleSpec),
  Gateway: resource('Gateway', ISTIO_VERSIONS, 'Istio Gateway: ports and hosts of gateway pods.', gatewaySpec),
  Traffic: resource('Traffic', ['playground/v1'], 'Playground traffic: which client sends which requests, and how often.', trafficSpec),
};

const KNOWN_KINDS = Object.keys(RESOURCE_SCHEMAS);

/**
 * One schema for every document of the scenario file, choosing by `kind` — for the editor.
 * Documents of other kinds get the envelope only.
 */
export const scenarioSchema: JsonSchema = {
  type: 'object',
  title: 'Istio Traffic Playground resource',
  description: 'A Kubernetes or Istio resource, or the playground\'s Traffic.',
  properties: {
    apiVersion: { type: 'string', description: 'API group and version, e.g. networking.istio.io/v1.', examples: ['v1', 'apps/v1', ...ISTIO_VERSIONS, 'playground/v1'] },
    kind: { type: 'string', description: 'Kind of the resource.', examples: KNOWN_KINDS },
    metadata,
  },
  allOf: KNOWN_KINDS.map((kind) => ({
    if: { type: 'object', required: ['kind'], properties: { kind: { const: kind } } },
    then: RESOURCE_SCHEMAS[kind],
  })),
};
