import { beforeEach, describe, expect, it } from 'vitest';
import { scenarios } from '../scenarios/index.ts';
import { getAppState, resetAppStore } from '../state/store.ts';
import { applySharedState } from './applySharedState.ts';
import { captureSharedState } from './captureSharedState.ts';

describe('applying a shared state to the store', () => {
  beforeEach(() => resetAppStore());

  it('restores the text and the view exactly, so capturing it again gives the same state', () => {
    const state = { yaml: 'kind: Service\n', view: { client: 'ns/sleep', seed: 42, speed: 2, panel: 'trace', layout: { editorPercent: 55, bottomPercent: 25 }, playing: false } };
    applySharedState(state, scenarios);
    const app = getAppState();
    expect(app.scenario).toEqual({ yaml: state.yaml, committedYaml: state.yaml, scenarioId: null });
    expect(captureSharedState(app)).toEqual(state);
  });

  it('recognises the text of an example', () => {
    applySharedState({ yaml: scenarios[1].yaml, view: {} }, scenarios);
    expect(getAppState().scenario.scenarioId).toBe(scenarios[1].id);
  });

  it('clamps a layout outside the splitter limits', () => {
    applySharedState({ yaml: 'a: 1', view: { layout: { editorPercent: 0, bottomPercent: 100 } } }, scenarios);
    expect(getAppState().view.split).toEqual({ editorPercent: 20, bottomPercent: 65 });
  });
});
