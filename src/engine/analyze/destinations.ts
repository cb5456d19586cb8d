import { expandHost } from '../model/hostnames.ts';
import type { VirtualService } from '../model/mesh.ts';
import { isRecord, listAt } from './context.ts';

/** One `destination` of a VirtualService, wherever it is written (route, mirror, mirrors). */
export interface VsDestination {
  vs: VirtualService;
  /** Path of the `destination` object (for `mirror`: the mirror object itself). */
  path: (string | number)[];
  /** Host as written. */
  host: string;
  /** Host expanded relative to the VirtualService namespace (rule 4). */
  fqdn: string;
  subset?: string;
  port?: number;
  mirror: boolean;
  /** 'http', 'tcp' or 'tls'. */
  protocol: 'http' | 'tcp' | 'tls';
  /** Index of the rule in its protocol list. */
  rule: number;
}

/**
 * Every destination of a VirtualService, in document order — Istio's getRouteDestinations and
 * getHTTPMirrorDestinations (pkg/config/analysis/analyzers/virtualservice/util.go).
 * Entries of the wrong shape are skipped (schema validation reports them).
 */
export function destinationsOf(vs: VirtualService): VsDestination[] {
  const out: VsDestination[] = [];
  const add = (d: unknown, path: (string | number)[], protocol: VsDestination['protocol'], rule: number, mirror: boolean) => {
    if (!isRecord(d) || typeof d.host !== 'string' || d.host === '') return;
    const entry: VsDestination = { vs, path, host: d.host, fqdn: expandHost(d.host, vs.namespace), mirror, protocol, rule };
    if (typeof d.subset === 'string' && d.subset !== '') entry.subset = d.subset;
    if (isRecord(d.port) && typeof d.port.number === 'number') entry.port = d.port.number;
    out.push(entry);
  };
  for (const protocol of ['http', 'tcp', 'tls'] as const) {
    listAt((vs.spec as Record<string, unknown>)[protocol]).forEach((route, i) => {
      if (!isRecord(route)) return;
      listAt(route.route).forEach((rd, j) => {
        if (isRecord(rd)) add(rd.destination, ['spec', protocol, i, 'route', j, 'destination'], protocol, i, false);
      });
      if (protocol !== 'http') return;
      if (route.mirror !== undefined) add(route.mirror, ['spec', 'http', i, 'mirror'], protocol, i, true);
      listAt(route.mirrors).forEach((m, k) => {
        if (isRecord(m)) add(m.destination, ['spec', 'http', i, 'mirrors', k, 'destination'], protocol, i, true);
      });
    });
  }
  return out;
}
