/**
 * A small DSL for the JSON Schema bundle. Every node carries a description (plain, and a
 * `markdownDescription` for the editor's hover); objects are closed (`additionalProperties:
 * false`) unless said otherwise, because Kubernetes' strict field validation and Istio's
 * webhook reject unknown fields. `errorMessage` is our annotation: the sentence shown when
 * a `pattern` (or `minProperties`/`maxProperties`) check fails.
 */
export interface JsonSchema {
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | ('string' | 'integer' | 'number' | 'boolean' | 'null')[];
  title?: string;
  description?: string;
  markdownDescription?: string;
  errorMessage?: string;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  required?: string[];
  items?: JsonSchema;
  enum?: readonly unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  pattern?: string;
  minLength?: number;
  minItems?: number;
  maxItems?: number;
  minProperties?: number;
  maxProperties?: number;
  default?: unknown;
  examples?: unknown[];
  defaultSnippets?: { label: string; description?: string; body: unknown }[];
  if?: JsonSchema;
  then?: JsonSchema;
  else?: JsonSchema;
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  $id?: string;
}

/** Description for hover: markdown as written, plain text without backticks for other consumers. */
function describe(text: string): Pick<JsonSchema, 'description' | 'markdownDescription'> {
  return { description: text.replace(/`/g, ''), markdownDescription: text };
}

export interface ObjectOptions {
  required?: string[];
  /** `true` for open objects (pod specs, containers: Kubernetes has far more fields than we list). */
  additional?: boolean | JsonSchema;
  minProperties?: number;
  maxProperties?: number;
  errorMessage?: string;
  snippets?: JsonSchema['defaultSnippets'];
}

export function obj(text: string, properties: Record<string, JsonSchema>, options: ObjectOptions = {}): JsonSchema {
  const s: JsonSchema = { type: 'object', ...describe(text), properties, additionalProperties: options.additional ?? false };
  if (options.required?.length) s.required = options.required;
  if (options.minProperties !== undefined) s.minProperties = options.minProperties;
  if (options.maxProperties !== undefined) s.maxProperties = options.maxProperties;
  if (options.errorMessage) s.errorMessage = options.errorMessage;
  if (options.snippets) s.defaultSnippets = options.snippets;
  return s;
}

export function str(text: string, extra: Partial<JsonSchema> = {}): JsonSchema {
  return { type: 'string', ...describe(text), ...extra };
}

export function int(text: string, minimum?: number, maximum?: number, extra: Partial<JsonSchema> = {}): JsonSchema {
  const s: JsonSchema = { type: 'integer', ...describe(text), ...extra };
  if (minimum !== undefined) s.minimum = minimum;
  if (maximum !== undefined) s.maximum = maximum;
  return s;
}

export function num(text: string, minimum?: number, maximum?: number): JsonSchema {
  const s: JsonSchema = { type: 'number', ...describe(text) };
  if (minimum !== undefined) s.minimum = minimum;
  if (maximum !== undefined) s.maximum = maximum;
  return s;
}

export function bool(text: string): JsonSchema {
  return { type: 'boolean', ...describe(text) };
}

export function arr(text: string, items: JsonSchema, extra: Partial<JsonSchema> = {}): JsonSchema {
  return { type: 'array', ...describe(text), items, ...extra };
}

/** A map with free keys: labels, header matches, ... */
export function map(text: string, values: JsonSchema): JsonSchema {
  return { type: 'object', ...describe(text), additionalProperties: values };
}

export function oneOfValues(text: string, values: readonly string[], extra: Partial<JsonSchema> = {}): JsonSchema {
  return { type: 'string', ...describe(text), enum: values, ...extra };
}

/** Go/Istio durations: `5s`, `250ms`, `1m30s`, `1.5h` (at least 1ms: checked by the semantic rules). */
export const DURATION_PATTERN = '^([0-9]+(\\.[0-9]+)?(h|m|s|ms|us|µs|ns))+$';

export function duration(text: string): JsonSchema {
  return str(text, { pattern: DURATION_PATTERN, errorMessage: 'must be a duration such as 5s, 250ms or 1m30s', examples: ['5s', '250ms'] });
}

/** RFC 1123 label: subset names, namespaces, port names. */
export const DNS1123_LABEL = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$';

export const stringMap = (text: string) => map(text, str('Label value (a string: quote numbers and booleans).'));

/** Kubernetes int-or-string (targetPort). */
export function intOrString(text: string): JsonSchema {
  return { type: ['integer', 'string'], ...describe(text) };
}
