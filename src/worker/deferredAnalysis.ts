/**
 * The analyzer (IST/ITP codes, JSON Schema validation with ajv, 55 KB gzip with its schemas)
 * runs after the engine's answer, not inside it: the graph of an edit never waits for the
 * problems list, and the worker's first answer does not wait for the analyzer's code to load.
 * `analyze` posts one `analyzed` message per revision, unless a newer revision came first.
 */
import type { LoadedScenario } from '../engine/loadScenario.ts';
import type { AnalyzedMessage } from './protocol.ts';
import { loadRe2 } from './regexSupport.ts';

type AnalyzerModule = typeof import('../engine/analyze/index.ts');

export interface DeferredAnalysis {
  /** Analyse `loaded` as revision `revision` once the analyzer is loaded (now, if it is). */
  analyze(revision: number, loaded: LoadedScenario): void;
}

export function createDeferredAnalysis(options: {
  post: (message: AnalyzedMessage) => void;
  /** The revision the worker runs now: an analysis of an older one is dropped. */
  currentRevision: () => number;
}): DeferredAnalysis {
  let analyzer: AnalyzerModule | undefined;
  let loading: Promise<AnalyzerModule> | undefined;
  let waiting: { revision: number; loaded: LoadedScenario } | undefined;

  function run(revision: number, loaded: LoadedScenario, module: AnalyzerModule): void {
    if (revision !== options.currentRevision()) return;
    options.post({ type: 'analyzed', revision, diagnostics: module.analyzeScenario(loaded) });
  }

  function load(): Promise<AnalyzerModule> {
    // RE2 too: a few analyzers compile regexes (IST0106 on an invalid one).
    loading ??= Promise.all([import('../engine/analyze/index.ts'), loadRe2()]).then(([module]) => (analyzer = module));
    return loading;
  }

  return {
    analyze(revision, loaded) {
      if (analyzer) {
        run(revision, loaded, analyzer);
        return;
      }
      waiting = { revision, loaded };
      load().then(
        (module) => {
          const next = waiting;
          waiting = undefined;
          if (next) run(next.revision, next.loaded, module);
        },
        (error: unknown) => {
          loading = undefined;
          const next = waiting;
          waiting = undefined;
          if (next && next.revision === options.currentRevision()) {
            const reason = error instanceof Error ? error.message : String(error);
            options.post({ type: 'analyzed', revision: next.revision, diagnostics: next.loaded.diagnostics, unavailable: `The analyzer could not be loaded (${reason}); reload the page to see Istio's checks.` });
          }
        },
      );
    },
  };
}
