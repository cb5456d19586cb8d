import { openPanelTab, selectClient, setPlaying, setSeed, setSpeed, setSplitSizes } from '../state/actions/view.ts';
import { PANEL_TABS, type PanelTab } from '../state/slices/view.ts';
import type { ScenarioEntry } from '../state/slices/scenario.ts';
import { loadScenario } from '../state/actions/scenario.ts';
import type { SharedState } from './sharedState.ts';

/**
 * Puts an already sanitised shared state (link, file) into the store: the view first (so the
 * engine loads the text with the link's seed), then the text, committed at once. With the
 * editor mounted the text arrives as one undoable edit, so Ctrl+Z brings the previous text back.
 */
export function applySharedState(state: SharedState, scenarios: readonly Pick<ScenarioEntry, 'id' | 'yaml'>[]): void {
  const { view } = state;
  if (view.seed !== undefined) setSeed(view.seed);
  if (view.speed !== undefined) setSpeed(view.speed);
  if (view.panel !== undefined && (PANEL_TABS as readonly string[]).includes(view.panel)) openPanelTab(view.panel as PanelTab);
  if (view.client !== undefined) selectClient(view.client);
  if (view.layout) setSplitSizes(view.layout);
  if (view.playing !== undefined) setPlaying(view.playing);
  loadYamlText(state.yaml, scenarios);
}

/** Replaces the text (committed at once); the picker shows the example whose text it is, if any. */
export function loadYamlText(yaml: string, scenarios: readonly Pick<ScenarioEntry, 'id' | 'yaml'>[]): void {
  const example = scenarios.find((s) => s.yaml === yaml);
  loadScenario({ id: example?.id ?? null, yaml });
}
