import { useEffect, useState } from 'react';
import type { MeshModel, TestReport } from '../../../engine/index.ts';
import { useAppStore } from '../../../state/store.ts';

export interface TestRun {
  /** The text the results belong to. */
  forYaml: string;
  report: TestReport;
  /** Kept to rebuild a failing request's trace on demand. */
  model: MeshModel;
  /** Set when the YAML does not parse: nothing ran. */
  fatal?: string;
}

/** How long after the committed text changes the tests run (the text is already debounced). */
const RUN_DELAY_MS = 50;

/**
 * Runs the scenario's `Test` documents whenever the committed YAML changes, while the Tests tab
 * is shown. On the main thread for now (a few ms for typical scenarios); results are local to
 * the tab, derived from the committed text like every other engine output.
 */
export function useTestRun(): TestRun | null {
  const yaml = useAppStore((s) => s.scenario.committedYaml);
  const [run, setRun] = useState<TestRun | null>(null);
  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      void import('./testEngine.ts').then(({ runTestText }) => {
        if (cancelled) return;
        const result = runTestText(yaml);
        setRun({ forYaml: yaml, report: result.report, model: result.model, fatal: result.fatal });
      });
    }, run === null ? 0 : RUN_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the text triggers a run
  }, [yaml]);
  return run;
}
