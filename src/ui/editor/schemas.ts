import type { JSONSchema, SchemasSettings } from 'monaco-yaml';
import { withTestKind } from './testKindSchema.ts';

/**
 * JSON Schemas for editor completion, hover and validation (monaco-yaml). A first, minimal set:
 * the playground's own `Traffic` kind is described strictly, every other kind permissively.
 * The analyzer work replaces `resourceSchema` with real Kubernetes/Istio schemas.
 */

const metadataSchema: JSONSchema = {
  type: 'object',
  description: 'Standard object metadata.',
  properties: {
    name: { type: 'string', description: 'Name of the resource, unique per kind and namespace.' },
    namespace: { type: 'string', description: 'Namespace of the resource (default: `default`).' },
    labels: { type: 'object', additionalProperties: { type: 'string' } },
    annotations: { type: 'object', additionalProperties: { type: 'string' } },
    creationTimestamp: {
      type: 'string',
      description: 'Decides which of several VirtualServices for the same host wins (oldest first).',
    },
  },
};

const trafficRequestSchema: JSONSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['curl'],
  properties: {
    curl: {
      type: 'string',
      description: 'A curl command line: URL, `-H` headers and `-X` method are used.',
      examples: ["curl -H 'foo: bar' http://my-service.my-namespace:8080/"],
    },
    weight: {
      type: 'number',
      minimum: 0,
      default: 1,
      description: 'Relative weight when picking which request to send next.',
    },
    headers: {
      type: 'object',
      description: 'Extra headers. A list gives one value per request, cycling: `{foo: [alice, bob]}`.',
      additionalProperties: {
        anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
      },
    },
  },
};

/** The playground-only kind that describes who sends which requests. */
export const trafficSchema: JSONSchema = {
  type: 'object',
  title: 'Traffic',
  description: 'Playground traffic: which client sends which requests, and how often.',
  required: ['apiVersion', 'kind', 'metadata', 'spec'],
  properties: {
    apiVersion: { const: 'playground/v1', description: 'Always `playground/v1`.' },
    kind: { const: 'Traffic' },
    metadata: metadataSchema,
    spec: {
      type: 'object',
      additionalProperties: false,
      required: ['from', 'requests'],
      properties: {
        from: {
          type: 'string',
          description: 'The sending Pod or Deployment: `name` (same namespace) or `namespace/name`.',
        },
        rate: {
          type: 'number',
          exclusiveMinimum: 0,
          default: 10,
          description: 'Requests per second in the live view.',
        },
        requests: {
          type: 'array',
          minItems: 1,
          description: 'Request templates, picked by weight for each request independently.',
          items: trafficRequestSchema,
        },
      },
    },
  },
};

/** Any other Kubernetes or Istio resource: only the common envelope is described. */
export const resourceSchema: JSONSchema = {
  type: 'object',
  properties: {
    apiVersion: { type: 'string', description: 'API group and version, e.g. `networking.istio.io/v1`.' },
    kind: { type: 'string', description: 'Kind of the resource, e.g. `VirtualService`.' },
    metadata: metadataSchema,
  },
};

/** One schema for every document of the scenario, choosing by `kind`. */
export const scenarioSchema: JSONSchema = {
  if: { type: 'object', required: ['kind'], properties: { kind: { const: 'Traffic' } } },
  then: trafficSchema,
  else: withTestKind(resourceSchema),
};

/** The URI of the editor's model; schemas are associated with it. */
export const SCENARIO_MODEL_URI = 'file:///scenario.yaml';

export const yamlSchemas: SchemasSettings[] = [
  {
    uri: 'https://istio-traffic-playground.invalid/schemas/scenario.json',
    fileMatch: ['**/scenario.yaml'],
    schema: scenarioSchema,
  },
];
