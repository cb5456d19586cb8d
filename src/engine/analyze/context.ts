import type { LoadedScenario } from '../loadScenario.ts';
import type { MeshIndex } from '../compile/meshIndex.ts';
import { hostMatches } from '../compile/visibility.ts';
import type { DiagnosticLevel } from '../model/diagnostic.ts';
import type { DestinationRule, MeshModel, Service } from '../model/mesh.ts';
import { type Resource, rangeOf } from '../model/resource.ts';
import type { FieldPath } from '../model/source.ts';
import { CODES, type AnalyzerCode } from './codes.ts';
import type { AnalyzerMessage, FixTarget, QuickFix } from './types.ts';

/** One analyzer: reads the loaded scenario, reports messages through the context. */
export interface Analyzer {
  /** Like Istio's analyzer names: 'virtualservice.DestinationRuleAnalyzer'. */
  name: string;
  codes: readonly AnalyzerCode[];
  analyze(ctx: AnalysisContext): void;
}

export interface ReportOptions {
  /** Overrides the code's default level (e.g. a hint that is only Info in one case). */
  level?: DiagnosticLevel;
  fixes?: QuickFix[];
}

/** What every analyzer gets: the scenario, lookups shared by all of them, and `report`. */
export class AnalysisContext {
  readonly messages: AnalyzerMessage[] = [];
  readonly model: MeshModel;
  readonly index: MeshIndex;

  constructor(readonly loaded: LoadedScenario) {
    this.model = loaded.model;
    this.index = loaded.mesh.index;
  }

  /**
   * Reports `code` on `res` at the deepest known field of `path`. `message` gets the line so
   * every text can start with "Line N:" like the rest of the playground's messages.
   */
  report(res: Resource, path: FieldPath, code: AnalyzerCode, message: (line: number) => string, options: ReportOptions = {}): void {
    const range = rangeOf(res, path);
    const m: AnalyzerMessage = {
      code,
      level: options.level ?? CODES[code].level,
      message: message(range.line),
      kind: res.kind,
      namespace: res.namespace,
      name: res.name,
      range,
    };
    if (options.fixes && options.fixes.length > 0) m.fixes = options.fixes;
    this.messages.push(m);
  }

  /** The Service a routing host (already expanded to an FQDN, rule 4) names, if any. */
  serviceForHost(fqdn: string): Service | undefined {
    return this.index.servicesByFqdn.get(fqdn.toLowerCase());
  }

  /** Services a (possibly wildcard) routing host covers. */
  servicesMatching(host: string): Service[] {
    if (!host.startsWith('*')) {
      const svc = this.serviceForHost(host);
      return svc ? [svc] : [];
    }
    return this.model.services.filter((s) => hostMatches(host, s.fqdn));
  }

  /**
   * Services a host that names none was probably meant for: `name.namespace[.svc]` spelled
   * without the cluster domain, or a short name read in `ownNamespace` that exists elsewhere.
   */
  likelyServices(rawHost: string, ownNamespace: string): Service[] {
    const labels = rawHost.toLowerCase().split('.');
    if (labels.length === 2 || (labels.length === 3 && labels[2] === 'svc')) {
      return this.model.services.filter((s) => s.name === labels[0] && s.namespace === labels[1]);
    }
    if (labels.length !== 1) return [];
    return this.model.services.filter((s) => s.name === labels[0] && s.namespace !== ownNamespace);
  }

  /** DestinationRules whose host covers `fqdn` (exact or wildcard), anywhere in the mesh. */
  destinationRulesFor(fqdn: string): DestinationRule[] {
    return this.model.destinationRules.filter((dr) => hostMatches(dr.host, fqdn));
  }
}

export function fixTarget(res: Resource): FixTarget {
  return { kind: res.kind, namespace: res.namespace, name: res.name, docIndex: res.docIndex };
}

/** `spec.http[0].route[1]`, as users read field paths. */
export function displayPath(path: FieldPath): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${p}` : p;
  return s;
}

/** Items of a list field that may have any shape in user YAML. */
export function listAt(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
