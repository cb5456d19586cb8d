/**
 * The hash keys worth drawing for a consistent-hash cluster: the values the scenario's Traffic
 * sends for the cluster's hash policy, and keys the live simulation saw (by their labels, as
 * route/pickEndpoint.ts writes them: 'foo: bar', 'source IP 10.1.2.3', '?user=7',
 * 'cookie user=abc'). Each becomes a label plus the 64-bit hash Envoy computes for it.
 */
import type { LoadedScenario } from '../loadScenario.ts';
import type { Cluster, HashPolicy } from '../compile/types.ts';
import type { HttpRequest } from '../model/request.ts';
import type { PreparedTemplate } from '../simulate/requestStream.ts';
import { hashHeaderValues, hashQueryParameter, hashSourceIp, hashString, queryParameterValue } from '../route/lb/index.ts';

export interface HashKeyValue {
  /** 'foo: bar': the label live stats and traces use. */
  label: string;
  hash: bigint;
  source: 'traffic' | 'live';
}

/** Labels per cluster are capped: generated cookies or long header lists would flood the view. */
export const MAX_DRAWN_KEYS = 64;

/**
 * The Traffic's key values for `policy`, from the requests aimed at the cluster's Service
 * (by URL host; every Traffic when none is, e.g. through a gateway), then the live labels not
 * already listed. Labels that cannot be read back into a hash are left out.
 */
export function hashKeyValues(loaded: LoadedScenario, cluster: Cluster, liveLabels: readonly string[] = []): HashKeyValue[] {
  const policy = cluster.policy.hash;
  if (!policy) return [];
  const out: HashKeyValue[] = [];
  const seen = new Set<string>();
  const add = (label: string, hash: () => bigint | undefined, source: HashKeyValue['source']) => {
    if (seen.has(label)) return;
    seen.add(label);
    // Hashing costs more than the label: only new labels are hashed.
    const h = hash();
    if (h !== undefined) out.push({ label, hash: h, source });
  };
  const svc = cluster.service;
  const hosts = templateHosts(loaded);
  const aimed = svc ? loaded.stream.templates.filter((t) => hosts.get(t)!.some((host) => targets(host, svc.name, svc.namespace))) : [];
  // Runs after every load for every hash cluster (the Hash tab's history): stop at the cap.
  templates: for (const t of aimed.length ? aimed : loaded.stream.templates) {
    for (const req of t.variants) {
      if (out.length >= MAX_DRAWN_KEYS) break templates;
      const label = labelOfRequest(policy, req, t.client.ip);
      if (label !== undefined) add(label, () => hashOfRequest(policy, req, t.client.ip), 'traffic');
    }
  }
  for (const label of liveLabels) {
    if (out.length >= MAX_DRAWN_KEYS) break;
    add(label, () => hashOfLabel(policy, label), 'live');
  }
  return out;
}

/** The distinct URL hosts of each template's variants, once per loaded scenario. */
const hostsByScenario = new WeakMap<LoadedScenario, Map<PreparedTemplate, string[]>>();
function templateHosts(loaded: LoadedScenario): Map<PreparedTemplate, string[]> {
  let hosts = hostsByScenario.get(loaded);
  if (!hosts) {
    hosts = new Map(loaded.stream.templates.map((t) => [t, [...new Set(t.variants.map((v) => v.host))]]));
    hostsByScenario.set(loaded, hosts);
  }
  return hosts;
}

/** 'svc', 'svc.ns', 'svc.ns.svc.cluster.local' all name the Service. */
function targets(host: string, name: string, namespace: string): boolean {
  return host === name || host.startsWith(`${name}.${namespace}`);
}

function labelOfRequest(p: HashPolicy, req: HttpRequest, clientIp: string): string | undefined {
  switch (p.type) {
    case 'header': {
      const values = req.headers[p.name!];
      return values ? `${p.name}: ${values.join(', ')}` : undefined;
    }
    case 'sourceIp':
      return `source IP ${clientIp}`;
    case 'queryParameter': {
      const value = queryParameterValue(req.query ? `${req.path}?${req.query}` : req.path, p.name!);
      return value === undefined ? undefined : `?${p.name}=${value}`;
    }
    case 'cookie': {
      const value = req.cookies[p.name!];
      return value ? `cookie ${p.name}=${value}` : undefined;
    }
  }
}

/** The hash Envoy computes for the request under `p` (called only when labelOfRequest gave a label). */
function hashOfRequest(p: HashPolicy, req: HttpRequest, clientIp: string): bigint | undefined {
  switch (p.type) {
    case 'header':
      return hashHeaderValues(req.headers[p.name!]!);
    case 'sourceIp':
      return hashSourceIp(clientIp);
    case 'queryParameter':
      return hashQueryParameter(req.query ? `${req.path}?${req.query}` : req.path, p.name!);
    case 'cookie':
      return hashString(req.cookies[p.name!]!);
  }
}

/**
 * The hash of a live key label, read back per policy type. A header sent several times is
 * labelled with its values joined by ', ' (a single value containing ', ' reads back wrong).
 */
export function hashOfLabel(p: HashPolicy, label: string): bigint | undefined {
  switch (p.type) {
    case 'header': {
      const prefix = `${p.name}: `;
      return label.startsWith(prefix) ? hashHeaderValues(label.slice(prefix.length).split(', ')) : undefined;
    }
    case 'sourceIp':
      return label.startsWith('source IP ') ? hashSourceIp(label.slice('source IP '.length)) : undefined;
    case 'queryParameter': {
      const prefix = `?${p.name}=`;
      return label.startsWith(prefix) ? hashString(label.slice(prefix.length)) : undefined;
    }
    case 'cookie': {
      const named = `cookie ${p.name}=`;
      if (label.startsWith(named)) return hashString(label.slice(named.length));
      const generated = new RegExp(`^${escape(p.name!)}=([0-9a-f]{16}) \\(generated\\)$`).exec(label);
      return generated ? hashString(generated[1]) : undefined;
    }
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
