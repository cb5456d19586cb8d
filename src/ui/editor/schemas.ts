import type { JSONSchema, SchemasSettings } from 'monaco-yaml';
import { scenarioSchema as resourceSchemas } from '../../engine/analyze/schema/index.ts';
import { withTestKind } from './testKindSchema.ts';

/**
 * JSON Schemas for editor completion and hover (monaco-yaml): the engine's bundle of every
 * simulated kind (Namespace, Service, Deployment, Pod, VirtualService, DestinationRule, Gateway,
 * Traffic; src/engine/analyze/schema), plus the playground's Test kind. The same bundle drives
 * the analyzer's IST0106 messages, so completion and validation never disagree. It is part of
 * the bundle: nothing is fetched (`enableSchemaRequest: false`).
 */
export const scenarioSchema: JSONSchema = withTestKind(resourceSchemas as JSONSchema);

/** The URI of the editor's model; schemas are associated with it. */
export const SCENARIO_MODEL_URI = 'file:///scenario.yaml';

export const yamlSchemas: SchemasSettings[] = [
  {
    uri: 'https://istio-traffic-playground.invalid/schemas/scenario.json',
    fileMatch: ['**/scenario.yaml'],
    schema: scenarioSchema,
  },
];
