import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { describe } from '../../parse/messages.ts';
import type { FieldPath } from '../../model/source.ts';
import { displayPath } from '../context.ts';
import type { JsonSchema } from './builders.ts';
import { RESOURCE_SCHEMAS } from './index.ts';

/** One schema problem: where (field path) and what (a sentence without the "Line N:" prefix). */
export interface SchemaProblem {
  path: FieldPath;
  detail: string;
}

/** Problems shown per resource; a badly broken document is summarised rather than listed in full. */
export const MAX_SCHEMA_PROBLEMS = 20;

let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

function validatorFor(kind: string): ValidateFunction | undefined {
  const schema = RESOURCE_SCHEMAS[kind];
  if (!schema) return undefined;
  let v = validators.get(kind);
  if (!v) {
    ajv ??= new Ajv({ allErrors: true, verbose: true, strict: false, validateFormats: false });
    v = ajv.compile(schema);
    validators.set(kind, v);
  }
  return v;
}

/** Validates a document body against its kind's schema; [] when valid or the kind has no schema. */
export function validateResource(kind: string, body: unknown): SchemaProblem[] {
  const validate = validatorFor(kind);
  if (!validate || validate(body)) return [];
  return selectErrors(validate.errors ?? []).slice(0, MAX_SCHEMA_PROBLEMS).map(toProblem);
}

/**
 * ajv reports every failed keyword. Keep what a person needs: for `anyOf`, only the errors of
 * the branch whose type fits the value (else the anyOf itself); one error per field and keyword.
 */
function selectErrors(errors: ErrorObject[]): ErrorObject[] {
  let kept = errors;
  for (const any of errors.filter((e) => e.keyword === 'anyOf')) {
    const branches = (any.schema as JsonSchema[]) ?? [];
    const fit = branches.findIndex((b) => typeFits(b, any.data));
    const prefix = `${any.schemaPath}/`;
    kept = kept.filter((e) => {
      if (!e.schemaPath.startsWith(prefix)) return e !== any || fit < 0;
      return fit >= 0 && e.schemaPath.startsWith(`${prefix}${fit}/`);
    });
  }
  const seen = new Set<string>();
  return kept.filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${e.keyword === 'additionalProperties' ? String(e.params.additionalProperty) : ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function typeFits(schema: JsonSchema, data: unknown): boolean {
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const actual = Array.isArray(data) ? 'array' : data === null ? 'null' : typeof data === 'object' ? 'object' : typeof data;
  return types.some((t) => t === actual || (t === 'integer' && actual === 'number') || (t === 'number' && actual === 'number'));
}

function toPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((s) => {
    const key = s.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^(0|[1-9][0-9]*)$/.test(key) ? Number(key) : key;
  });
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
  null: 'empty',
};

function toProblem(e: ErrorObject): SchemaProblem {
  const path = toPath(e.instancePath);
  const at = `\`${displayPath(path) || 'the document'}\``;
  const parent = (e.parentSchema ?? {}) as JsonSchema;
  const custom = parent.errorMessage;
  switch (e.keyword) {
    case 'type': {
      const expected = ([] as string[]).concat(e.params.type as string | string[]).map((t) => TYPE_WORDS[t] ?? t).join(' or ');
      const quote = expected.startsWith('a string') && (typeof e.data === 'number' || typeof e.data === 'boolean') ? ' (quote it)' : '';
      return { path, detail: `${at} must be ${expected}, not ${describe(e.data)}${quote}` };
    }
    case 'required':
      return { path, detail: `${at} is missing the required field \`${String(e.params.missingProperty)}\`` };
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      const hint = suggest(key, Object.keys(parent.properties ?? {}));
      return { path: [...path, key], detail: `unknown field \`${key}\` in ${at}${hint ? `; did you mean \`${hint}\`?` : ''}` };
    }
    case 'enum':
      return { path, detail: `${at} must be one of ${(e.params.allowedValues as unknown[]).join(', ')}, not ${describe(e.data)}` };
    case 'const':
      return { path, detail: `${at} must be ${String(e.params.allowedValue)}, not ${describe(e.data)}` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
      return { path, detail: `${at} must be ${range(parent)}, not ${describe(e.data)}` };
    case 'minItems':
      return { path, detail: `${at} must have at least ${String(e.params.limit)} item${e.params.limit === 1 ? '' : 's'}` };
    case 'maxItems':
      return { path, detail: `${at} must have at most ${String(e.params.limit)} items` };
    default:
      return { path, detail: `${at} ${custom ?? e.message ?? 'is not valid'}` };
  }
}

function range(s: JsonSchema): string {
  const low = s.exclusiveMinimum !== undefined ? `> ${s.exclusiveMinimum}` : s.minimum !== undefined ? `≥ ${s.minimum}` : '';
  if (s.minimum !== undefined && s.maximum !== undefined) return `from ${s.minimum} to ${s.maximum}`;
  if (s.maximum !== undefined) return `≤ ${s.maximum}`;
  return low;
}

/** The closest allowed field name (case-insensitive equal, or at most two edits away). */
export function suggest(key: string, allowed: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const name of allowed) {
    if (name.toLowerCase() === key.toLowerCase()) return name;
    const d = editDistance(key.toLowerCase(), name.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
