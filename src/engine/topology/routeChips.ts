import type { HTTPRoute } from '../model/istio.ts';

/** Small labels for a route node: fault, retries, timeout, mirror, redirect, rewrite, direct response. */
export function routeChips(spec: HTTPRoute): string[] {
  const chips: string[] = [];
  if (spec.fault?.delay) chips.push(`delay ${spec.fault.delay.fixedDelay ?? '?'}${pct(spec.fault.delay.percentage?.value)}`);
  if (spec.fault?.abort) chips.push(`abort ${spec.fault.abort.httpStatus ?? '?'}${pct(spec.fault.abort.percentage?.value)}`);
  if (spec.retries) chips.push(`retries ${spec.retries.attempts ?? 2}`);
  if (spec.timeout) chips.push(`timeout ${spec.timeout}`);
  if (spec.mirror || (Array.isArray(spec.mirrors) && spec.mirrors.length)) chips.push('mirror');
  if (spec.redirect) chips.push(`redirect ${spec.redirect.redirectCode ?? 301}`);
  if (spec.directResponse) chips.push(`direct ${spec.directResponse.status ?? ''}`.trim());
  if (spec.rewrite) chips.push('rewrite');
  return chips;
}

function pct(v: number | undefined): string {
  return typeof v === 'number' ? ` ${v}%` : '';
}
