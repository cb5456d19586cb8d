import type { VirtualService } from '../../model/mesh.ts';
import { appliesToMesh } from '../../model/normalizeGateways.ts';
import { isRecord, listAt } from '../context.ts';
import { hostsMatch } from '../hostMatch.ts';
import { type Sink, checkDuration, checkPercentage, checkRegex, checkStringMatch } from './rules.ts';

/**
 * What Istio's validation webhook rejects in a VirtualService beyond field types
 * (pkg/config/validation/validation.go ValidateVirtualService and virtualservice.go
 * validateHTTPRoute): exactly one of route/redirect/directResponse, no positive weight at all,
 * invalid regexes, durations under 1ms, `*` as a mesh host, duplicate hosts, no rules at all.
 * Texts are Istio's own, so they can be searched.
 */
export function validateVirtualService(vs: VirtualService, sink: Sink): void {
  const spec = vs.spec as Record<string, unknown>;
  const mesh = appliesToMesh(vs.gateways);
  const hosts = vs.rawHosts;
  hosts.forEach((h, i) => {
    if (mesh && h === '*') sink(['spec', 'hosts', i], 'wildcard host * is not allowed for virtual services bound to the mesh gateway');
    for (let j = i + 1; j < hosts.length; j++) {
      if (hostsMatch(h, hosts[j])) sink(['spec', 'hosts', j], `duplicate hosts in virtual service: ${h} & ${hosts[j]}`);
    }
  });
  const absent = (k: string) => spec[k] === undefined || spec[k] === null || (Array.isArray(spec[k]) && (spec[k] as unknown[]).length === 0);
  if (absent('http') && absent('tcp') && absent('tls')) {
    sink(['spec'], 'http, tcp or tls must be provided in virtual service');
  }
  listAt(spec.http).forEach((route, i) => {
    if (isRecord(route)) validateHttpRoute(route, ['spec', 'http', i], hosts.length === 0, sink);
  });
  for (const protocol of ['tcp', 'tls'] as const) {
    listAt(spec[protocol]).forEach((route, i) => {
      if (isRecord(route)) checkWeights(listAt(route.route), ['spec', protocol, i, 'route'], sink);
    });
  }
}

function validateHttpRoute(r: Record<string, unknown>, at: (string | number)[], delegate: boolean, sink: Sink): void {
  const has = (k: string) => r[k] !== undefined && r[k] !== null;
  const routes = listAt(r.route);
  if (has('redirect')) {
    if (routes.length) sink(at, 'HTTP route cannot contain both route and redirect');
    if (has('fault')) sink(at, 'HTTP route cannot contain both fault and redirect');
    if (has('rewrite')) sink(at, 'HTTP route rule cannot contain both rewrite and redirect');
    if (has('directResponse')) sink(at, 'HTTP route rule cannot contain both direct_response and redirect');
  } else if (has('directResponse')) {
    if (routes.length) sink(at, 'HTTP route cannot contain both route and direct_response');
    if (has('fault')) sink(at, 'HTTP route cannot contain both fault and direct_response');
    if (has('rewrite')) sink(at, 'HTTP route rule cannot contain both rewrite and direct_response');
  } else if (routes.length === 0 && !has('delegate') && !delegate) {
    sink(at, 'HTTP route, redirect or direct_response is required');
  }
  if (has('mirror') && listAt(r.mirrors).length) sink(at, 'HTTP route cannot contain both mirror and mirrors');

  listAt(r.match).forEach((m, j) => {
    if (!isRecord(m)) return;
    const mp = [...at, 'match', j];
    checkStringMatch(sink, [...mp, 'uri'], m.uri, 'uri', true);
    for (const k of ['scheme', 'method', 'authority'] as const) checkStringMatch(sink, [...mp, k], m[k], k);
    for (const k of ['headers', 'withoutHeaders', 'queryParams'] as const) {
      if (!isRecord(m[k])) continue;
      for (const [name, sm] of Object.entries(m[k] as Record<string, unknown>)) {
        if (k === 'withoutHeaders' && isRecord(sm) && sm.regex === '*') continue;
        checkStringMatch(sink, [...mp, k, name], sm, k);
      }
    }
  });

  const fault = r.fault;
  if (isRecord(fault)) {
    if (!isRecord(fault.abort) && !isRecord(fault.delay)) sink([...at, 'fault'], 'HTTP fault injection must have an abort and/or a delay');
    if (isRecord(fault.delay)) {
      checkPercentage(sink, [...at, 'fault', 'delay', 'percentage'], fault.delay.percentage);
      checkDuration(sink, [...at, 'fault', 'delay', 'fixedDelay'], fault.delay.fixedDelay);
    }
    if (isRecord(fault.abort)) {
      checkPercentage(sink, [...at, 'fault', 'abort', 'percentage'], fault.abort.percentage);
      const a = fault.abort;
      if (a.httpStatus === undefined && a.grpcStatus === undefined && a.http2Error === undefined) {
        sink([...at, 'fault', 'abort'], 'abort configured, but error type not set', true);
      }
    }
  }
  const redirect = r.redirect;
  if (isRecord(redirect)) {
    if (redirect.uri && redirect.prefixRewrite) sink([...at, 'redirect'], 'redirect may only specify one of uri or prefix_rewrite');
    if (!redirect.uri && !redirect.prefixRewrite && !redirect.authority && redirect.port === undefined && !redirect.scheme) {
      sink([...at, 'redirect'], 'redirect must specify URI, authority, scheme, or port');
    }
  }
  const rewrite = r.rewrite;
  if (isRecord(rewrite)) {
    if (rewrite.uri && rewrite.uriRegexRewrite) sink([...at, 'rewrite'], 'rewrite may only contain one of URI or UriRegexRewrite');
    if (!rewrite.uri && !rewrite.uriRegexRewrite && !rewrite.authority) {
      sink([...at, 'rewrite'], 'rewrite must specify at least one of URI, UriRegexRewrite, or authority');
    }
    const rr = rewrite.uriRegexRewrite;
    if (isRecord(rr)) {
      if (!rr.match || !rr.rewrite) sink([...at, 'rewrite', 'uriRegexRewrite'], 'UriRegexRewrite requires both Rewrite and Match fields to be specified');
      else if (typeof rr.match === 'string') checkRegex(sink, [...at, 'rewrite', 'uriRegexRewrite', 'match'], rr.match, 'HTTPRewrite.UriRegexRewrite.Match');
    }
  }
  checkDuration(sink, [...at, 'timeout'], r.timeout);
  if (isRecord(r.retries)) checkDuration(sink, [...at, 'retries', 'perTryTimeout'], r.retries.perTryTimeout);
  if (isRecord(r.mirrorPercentage)) checkPercentage(sink, [...at, 'mirrorPercentage'], r.mirrorPercentage);
  checkWeights(routes, [...at, 'route'], sink);
}

/** Istio's validateHTTPRouteDestinations: `destination host *` is invalid; several destinations need a positive total. */
function checkWeights(routes: unknown[], at: (string | number)[], sink: Sink): void {
  let total = 0;
  routes.forEach((rd, j) => {
    if (!isRecord(rd)) return;
    if (isRecord(rd.destination) && rd.destination.host === '*') sink([...at, j, 'destination', 'host'], 'invalid destination host *');
    if (typeof rd.weight === 'number' && rd.weight > 0) total += rd.weight;
  });
  if (routes.length > 1 && total === 0) sink(at, 'total destination weight = 0');
}
