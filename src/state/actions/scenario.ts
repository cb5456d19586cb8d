import { PERF_MARKS, perfMark } from '../../perf/marks.ts';
import type { ScenarioEntry } from '../slices/scenario.ts';
import { getAppState, patchSlice, useAppStore } from '../store.ts';

/** How long the text must be stable before it is committed to downstream consumers. */
export const COMMIT_DELAY_MS = 150;

let commitTimer: ReturnType<typeof setTimeout> | undefined;

function cancelPendingCommit(): void {
  if (commitTimer !== undefined) clearTimeout(commitTimer);
  commitTimer = undefined;
}

/** A keystroke (or any edit) changed the text; commits it after `COMMIT_DELAY_MS` of quiet. */
export function setYamlText(yaml: string): void {
  if (getAppState().scenario.yaml === yaml) return;
  patchSlice('scenario', { yaml });
  cancelPendingCommit();
  commitTimer = setTimeout(commitYamlNow, COMMIT_DELAY_MS);
}

/** Commits the current text right away (e.g. before sharing a link). */
export function commitYamlNow(): void {
  cancelPendingCommit();
  const { yaml, committedYaml } = getAppState().scenario;
  if (yaml === committedYaml) return;
  perfMark(PERF_MARKS.edit, { bytes: yaml.length });
  patchSlice('scenario', { committedYaml: yaml });
}

let loads = 0;

/** How many loads have replaced the text (autosave tells a load from a keystroke by it). */
export function scenarioLoadCount(): number {
  return loads;
}

/**
 * Replaces the text with a built-in example (or, with id null, any text: a link, a file),
 * committed immediately. With the editor mounted it arrives as one undoable edit.
 */
export function loadScenario(scenario: { id: ScenarioEntry['id'] | null; yaml: string }): void {
  cancelPendingCommit();
  loads++;
  if (scenario.yaml !== getAppState().scenario.committedYaml) perfMark(PERF_MARKS.edit, { bytes: scenario.yaml.length });
  patchSlice('scenario', { scenarioId: scenario.id, yaml: scenario.yaml, committedYaml: scenario.yaml });
}

/** Calls `listener` whenever the committed text changes (outside React: worker bridge, URL sync). */
export function subscribeCommittedYaml(listener: (yaml: string) => void): () => void {
  return useAppStore.subscribe((state, previous) => {
    if (state.scenario.committedYaml !== previous.scenario.committedYaml) {
      listener(state.scenario.committedYaml);
    }
  });
}
