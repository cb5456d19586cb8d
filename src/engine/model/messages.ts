/**
 * Texts of the model stage's diagnostics, in one place. Each starts with "Line N:" so it
 * reads the same in the problems list, the CLI and CI logs.
 *
 * Codes: IST0106 (Istio's SchemaValidationError) for wrong-shaped fields;
 * ITP0100 kind accepted but not simulated yet; ITP0101 unknown kind; ITP0102 object declared
 * twice; ITP1001/ITP1002/ITP1005 playground size limits (see ../limits.ts).
 */
import { describe } from '../parse/messages.ts';

export { describe };

export const msg = {
  notSimulated: (line: number, kind: string, apiVersion: string) =>
    `Line ${line}: ${kind} (${apiVersion}) is accepted but not simulated yet; it has no effect on traffic here.`,
  unknownKind: (line: number, kind: string, apiVersion: string) =>
    `Line ${line}: unknown kind ${kind} (${apiVersion}); the playground ignores it.`,
  wrongApiVersion: (line: number, kind: string, got: string, want: readonly string[]) =>
    `Line ${line}: ${kind} must use apiVersion ${orList(want)}, not ${got}; it is ignored.`,
  declaredTwice: (line: number, kind: string, ns: string, name: string, laterLine: number) =>
    `Line ${line}: ${kind} ${ns ? `${ns}/` : ''}${name} is declared again at line ${laterLine}; ` +
    `like kubectl apply, the later one replaces this one.`,
  podDeclaredTwice: (line: number, ns: string, name: string) =>
    `Line ${line}: pod ${ns}/${name} already exists; this one replaces the earlier one.`,
  /** `then` says what the playground does instead: "using 1", "the port is ignored". */
  wrongType: (line: number, field: string, expected: string, value: unknown, then?: string) =>
    `Line ${line}: \`${field}\` must be ${expected}, not ${describe(value)}` + (then ? `; ${then}.` : '.'),
  required: (line: number, field: string, what: string, consequence: string) =>
    `Line ${line}: \`${field}\` is required (${what}); ${consequence}.`,
  selectorMismatch: (line: number, deployment: string) =>
    `Line ${line}: Deployment ${deployment}'s \`spec.selector.matchLabels\` do not match its template labels; ` +
    `Kubernetes rejects this Deployment.`,
  tooManyReplicas: (line: number, deployment: string, replicas: number, limit: number) =>
    `Line ${line}: Deployment ${deployment} asks for ${replicas} replicas; the playground simulates the first ${limit}.`,
  tooManyPods: (line: number, limit: number) =>
    `Line ${line}: the scenario has more than ${limit} pods; pods from here on are not simulated.`,
  rateTooHigh: (line: number, rate: number, limit: number) =>
    `Line ${line}: \`rate\` ${rate.toLocaleString('en')} is above the playground's limit of ${limit.toLocaleString('en')} ` +
    `requests per second; using ${limit.toLocaleString('en')}.`,
  totalRateTooHigh: (line: number, total: number, limit: number) =>
    `Line ${line}: the Traffic objects together send ${total.toLocaleString('en')} requests per second, above the ` +
    `playground's limit of ${limit.toLocaleString('en')}; every rate is scaled down to fit, keeping their proportions.`,
  badIp: (line: number, field: string, value: string) =>
    `Line ${line}: \`${field}\` must be an IPv4 address, not "${value}"; an address is assigned instead.`,
};

function orList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
