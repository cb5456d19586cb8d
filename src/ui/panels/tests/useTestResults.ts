import type { TestResults } from '../../../state/slices/engine.ts';
import { useAppStore } from '../../../state/store.ts';

export interface TestsView {
  /** The latest finished run (of the current revision, or of an older one while `running`). */
  results: TestResults | null;
  /** A load or a test run for the current text is in flight. */
  running: boolean;
  /** The current text does not parse: its tests cannot run. */
  yamlError: { line: number; message: string } | null;
}

/**
 * The Tests tab's view of the engine slice. The worker runs every `kind: Test` after each
 * successful load and posts the results (worker/testRunner.ts); nothing runs on the main thread.
 */
export function useTestResults(): TestsView {
  const results = useAppStore((s) => s.engine.tests);
  const revision = useAppStore((s) => s.engine.revision);
  const status = useAppStore((s) => s.engine.status);
  const yamlError = useAppStore((s) => s.engine.yamlError);
  const running = status === 'running' || status === 'idle' || results?.revision !== revision;
  return { results, running, yamlError: status === 'failed' ? yamlError : null };
}
