/**
 * Small helpers for the conformance tests (DESIGN.md rules 1-14): YAML builders for the
 * boring objects (namespaces, Services, Deployments, clients) so each test spells out only
 * the routing objects it is about, plus `send` (one request with its trace) and `spread`
 * (many requests, counted per pod / cluster / status). Engine-only imports: no vitest here.
 */
import { loadScenario, type LoadedScenario } from '../index.ts';
import { parseCurl } from '../curl/parseCurl.ts';
import { createRng, type Rng } from '../route/lb/index.ts';
import { routeRequest } from '../route/routeRequest.ts';
import { TraceSink, type TraceStep } from '../route/trace.ts';
import type { Decision } from '../route/outcome.ts';
import type { KubeProxyMode, Pod } from '../model/mesh.ts';
import { findTrafficSource } from '../simulate/findTrafficSource.ts';

/** A Namespace; `injected` adds `istio-injection: enabled`. */
export function namespace(name: string, injected = false): string {
  return `apiVersion: v1
kind: Namespace
metadata:
  name: ${name}
${injected ? '  labels:\n    istio-injection: enabled\n' : ''}---
`;
}

export interface ServiceOptions {
  ns: string;
  /** Selector; default {app: <name>}. */
  selector?: Record<string, string>;
  /** [port, targetPort, portName]; default [[8080, 80, 'http']]. */
  ports?: [number, number | string, string?][];
  clusterIP?: string;
}

export function service(name: string, o: ServiceOptions): string {
  const sel = o.selector ?? { app: name };
  const ports = o.ports ?? [[8080, 80, 'http']];
  return `apiVersion: v1
kind: Service
metadata:
  namespace: ${o.ns}
  name: ${name}
spec:
${o.clusterIP ? `  clusterIP: ${o.clusterIP}\n` : ''}  selector:
${Object.entries(sel).map(([k, v]) => `    ${k}: ${v}\n`).join('')}  ports:
${ports.map(([p, t, n]) => `    - port: ${p}\n      targetPort: ${typeof t === 'number' ? t : `"${t}"`}\n${n ? `      name: ${n}\n` : ''}`).join('')}---
`;
}

export interface DeploymentOptions {
  ns: string;
  labels: Record<string, string>;
  replicas?: number;
  /** Container ports: [containerPort, name?]; default [[80]]. */
  containerPorts?: [number, string?][];
  /** Value of the pod template label sidecar.istio.io/inject, when given. */
  inject?: boolean;
  /** Deployment annotation playground.istio.io/killed. */
  killed?: string;
}

export function deployment(name: string, o: DeploymentOptions): string {
  const labels: Record<string, string> = { ...o.labels };
  if (o.inject !== undefined) labels['sidecar.istio.io/inject'] = String(o.inject);
  const ports = o.containerPorts ?? [[80]];
  const labelLines = (indent: string) => Object.entries(labels).map(([k, v]) => `${indent}${k}: "${v}"\n`).join('');
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  namespace: ${o.ns}
  name: ${name}
${o.killed ? `  annotations:\n    playground.istio.io/killed: "${o.killed}"\n` : ''}spec:
  replicas: ${o.replicas ?? 1}
  selector:
    matchLabels:
${labelLines('      ')}  template:
    metadata:
      labels:
${labelLines('        ')}    spec:
      containers:
        - name: main
          image: example
          ports:
${ports.map(([p, n]) => `            - containerPort: ${p}\n${n ? `              name: ${n}\n` : ''}`).join('')}---
`;
}

/** A one-replica client Deployment `name` (label app: name), with or without a sidecar. */
export function client(name: string, ns: string, sidecar = true, extraLabels: Record<string, string> = {}): string {
  return deployment(name, { ns, labels: { app: name, ...extraLabels }, inject: sidecar });
}

/** The seed's backend: Service `web` (8080 -> 80) over Deployments web-v1 and web-v2 (3 pods each). */
export function webBackend(ns = 'shop', replicas = 3): string {
  return (
    service('web', { ns }) +
    deployment('web-v1', { ns, labels: { app: 'web', version: 'v1' }, replicas }) +
    deployment('web-v2', { ns, labels: { app: 'web', version: 'v2' }, replicas })
  );
}

/** DestinationRule with subsets v1/v2 on `host` (short names are read in `ns`). */
export function subsetsRule(ns = 'shop', host = 'web', name = 'web-subsets', extra = ''): string {
  return `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  namespace: ${ns}
  name: ${name}
spec:
  host: ${host}
${extra}  subsets:
    - name: v1
      labels: {version: v1}
    - name: v2
      labels: {version: v2}
---
`;
}

/** Loads a scenario and fails loudly on YAML errors (tests are about routing, not parsing). */
export function load(yaml: string, options: { kubeProxyMode?: KubeProxyMode } = {}): LoadedScenario {
  const s = loadScenario(yaml, options);
  const broken = s.diagnostics.find((d) => d.code === 'YAML0001');
  if (broken) throw new Error(`scenario YAML is broken: ${broken.message}`);
  return s;
}

export function clientPod(s: LoadedScenario, from: string): Pod {
  const pod = findTrafficSource(s.model, from);
  if (!pod) throw new Error(`no client ${from}`);
  return pod;
}

export interface Sent {
  decision: Decision;
  steps: TraceStep[];
  /** Every trace message, one per line. */
  text: string;
  /** Name of the pod that answered, or undefined. */
  pod?: string;
}

/** One request with a trace. `from` is 'ns/name' (Pod or Deployment). */
export function send(s: LoadedScenario, from: string, curl: string, rng: Rng | number = 1): Sent {
  const parsed = parseCurl(curl);
  if (!parsed.ok) throw new Error(`bad curl: ${parsed.error}`);
  const trace = new TraceSink();
  const decision = routeRequest(s.mesh, clientPod(s, from), parsed.request, typeof rng === 'number' ? createRng(rng) : rng, trace);
  return { decision, steps: trace.steps, text: trace.steps.map((x) => `[${x.stage}] ${x.message}`).join('\n'), pod: decision.pod?.name };
}

export interface Spread {
  total: number;
  /** Pod name -> count. */
  pods: Record<string, number>;
  clusters: Record<string, number>;
  status: Record<string, number>;
  /** Share of requests answered by pods whose name starts with `prefix`. */
  share(prefix: string): number;
  decisions: Decision[];
}

/** `n` requests of one curl command from one client, with one seeded rng. */
export function spread(s: LoadedScenario, from: string, curl: string, n: number, seed = 1): Spread {
  const parsed = parseCurl(curl);
  if (!parsed.ok) throw new Error(`bad curl: ${parsed.error}`);
  const pod = clientPod(s, from);
  const rng = createRng(seed);
  const out: Spread = {
    total: n,
    pods: {},
    clusters: {},
    status: {},
    decisions: [],
    share(prefix) {
      let c = 0;
      for (const [name, k] of Object.entries(this.pods)) if (name.startsWith(prefix)) c += k;
      return c / this.total;
    },
  };
  for (let i = 0; i < n; i++) {
    const d = routeRequest(s.mesh, pod, parsed.request, rng);
    out.decisions.push(d);
    if (d.pod) out.pods[d.pod.name] = (out.pods[d.pod.name] ?? 0) + 1;
    if (d.cluster) out.clusters[d.cluster] = (out.clusters[d.cluster] ?? 0) + 1;
    out.status[d.status] = (out.status[d.status] ?? 0) + 1;
  }
  return out;
}

/** Pod names of a Deployment, in replica order. */
export function podsOf(s: LoadedScenario, ns: string, deploymentName: string): string[] {
  return s.model.pods.filter((p) => p.namespace === ns && p.deployment === deploymentName).map((p) => p.name);
}

/** 1-based line of the first line of `yaml` containing `needle` at or after the line containing `after`. */
export function lineOf(yaml: string, needle: string, after?: string): number {
  const lines = yaml.split('\n');
  let start = 0;
  if (after !== undefined) {
    start = lines.findIndex((l) => l.includes(after));
    if (start < 0) throw new Error(`no line with ${after}`);
  }
  for (let i = start; i < lines.length; i++) if (lines[i].includes(needle)) return i + 1;
  throw new Error(`no line with ${needle}`);
}
