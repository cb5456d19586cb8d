import { create } from 'zustand';
import { initialEditorSlice, type EditorSlice } from './slices/editor.ts';
import { initialEngineSlice, type EngineSlice } from './slices/engine.ts';
import { initialScenarioSlice, type ScenarioSlice } from './slices/scenario.ts';
import { initialViewSlice, type ViewSlice } from './slices/view.ts';

/**
 * The one application store, made of slices. It holds inputs (YAML text, view settings) and
 * engine results; anything derived from them is computed in selectors. Actions are plain
 * functions in `./actions/*`, not methods on the store.
 */
export interface AppState {
  scenario: ScenarioSlice;
  view: ViewSlice;
  engine: EngineSlice;
  editor: EditorSlice;
}

export function initialAppState(): AppState {
  return {
    scenario: initialScenarioSlice(),
    view: initialViewSlice(),
    engine: initialEngineSlice(),
    editor: initialEditorSlice(),
  };
}

export const useAppStore = create<AppState>()(() => initialAppState());

export function getAppState(): AppState {
  return useAppStore.getState();
}

/** Shallow-merges `patch` into one slice. */
export function patchSlice<K extends keyof AppState>(key: K, patch: Partial<AppState[K]>): void {
  useAppStore.setState((s) => ({ [key]: { ...s[key], ...patch } }) as Pick<AppState, K>);
}

/** Back to the initial state (tests). */
export function resetAppStore(): void {
  useAppStore.setState(initialAppState(), true);
}
