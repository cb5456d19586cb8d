/**
 * The hash keys worth drawing for a consistent-hash cluster: the values the scenario's Traffic
 * sends for the cluster's hash policy, and keys the live simulation saw (by their labels, as
 * route/pickEndpoint.ts writes them: 'foo: bar', 'source IP 10.1.2.3', '?user=7',
 * 'cookie user=abc'). Each becomes a label plus the 64-bit hash Envoy computes for it.
 */
import type { LoadedScenario } from '../loadScenario.ts';
import type { Cluster, HashPolicy } from '../compile/types.ts';
import type { HttpRequest } from '../model/request.ts';
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
  const add = (label: string, hash: bigint | undefined, source: HashKeyValue['source']) => {
    if (hash === undefined || seen.has(label) || out.length >= MAX_DRAWN_KEYS) return;
    seen.add(label);
    out.push({ label, hash, source });
  };
  const svc = cluster.service;
  const aimed = loaded.stream.templates.filter((t) => svc && t.variants.some((v) => targets(v.host, svc.name, svc.namespace)));
  for (const t of aimed.length ? aimed : loaded.stream.templates) {
    for (const req of t.variants) {
      const k = keyOfRequest(policy, req, t.client.ip);
      if (k) add(k.label, k.hash, 'traffic');
    }
  }
  for (const label of liveLabels) if (!seen.has(label)) add(label, hashOfLabel(policy, label), 'live');
  return out;
}

/** 'svc', 'svc.ns', 'svc.ns.svc.cluster.local' all name the Service. */
function targets(host: string, name: string, namespace: string): boolean {
  return host === name || host.startsWith(`${name}.${namespace}`);
}

function keyOfRequest(p: HashPolicy, req: HttpRequest, clientIp: string): { label: string; hash: bigint | undefined } | undefined {
  switch (p.type) {
    case 'header': {
      const values = req.headers[p.name!];
      return values ? { label: `${p.name}: ${values.join(', ')}`, hash: hashHeaderValues(values) } : undefined;
    }
    case 'sourceIp':
      return { label: `source IP ${clientIp}`, hash: hashSourceIp(clientIp) };
    case 'queryParameter': {
      const path = req.query ? `${req.path}?${req.query}` : req.path;
      const value = queryParameterValue(path, p.name!);
      return value === undefined ? undefined : { label: `?${p.name}=${value}`, hash: hashQueryParameter(path, p.name!) };
    }
    case 'cookie': {
      const value = req.cookies[p.name!];
      return value ? { label: `cookie ${p.name}=${value}`, hash: hashString(value) } : undefined;
    }
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
