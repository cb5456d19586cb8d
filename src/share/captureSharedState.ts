import type { AppState } from '../state/store.ts';
import { initialViewSlice } from '../state/slices/view.ts';
import type { SharedState } from './sharedState.ts';

/** What a permalink records of the app: the editor text as shown and the view state that changes the numbers or the look. */
export function captureSharedState(app: AppState): SharedState {
  const { view } = app;
  return {
    yaml: app.scenario.yaml,
    view: {
      ...(view.selectedClient ? { client: view.selectedClient } : {}),
      seed: view.seed,
      speed: view.speed,
      panel: view.panelTab,
      layout: { editorPercent: view.split.editorPercent, bottomPercent: view.split.bottomPercent },
      playing: view.playing,
    },
  };
}

/** True while the view is as a first visit shows it (then an unchanged example needs no permalink). */
export function isInitialView(view: AppState['view']): boolean {
  const initial = initialViewSlice();
  return view.seed === initial.seed
    && view.speed === initial.speed
    && view.panelTab === initial.panelTab
    && view.selectedClient === initial.selectedClient
    && view.playing === initial.playing
    && view.split.editorPercent === initial.split.editorPercent
    && view.split.bottomPercent === initial.split.bottomPercent;
}
