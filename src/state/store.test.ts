import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COMMIT_DELAY_MS, commitYamlNow, loadScenario, setYamlText, subscribeCommittedYaml } from './actions/scenario.ts';
import { setSplitSizes, togglePlaying, toggleTheme } from './actions/view.ts';
import { applyYamlEdits, registerEditorCommands, type EditorCommands } from './editorBridge.ts';
import { countProblems, summarizeProblems } from './selectors.ts';
import { getAppState, resetAppStore } from './store.ts';
import { applyTextEdits } from './textEdits.ts';

beforeEach(() => {
  resetAppStore();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('scenario text', () => {
  it('commits the text once it has been stable for the debounce delay', () => {
    const committed: string[] = [];
    const unsubscribe = subscribeCommittedYaml((yaml) => committed.push(yaml));
    setYamlText('a');
    setYamlText('ab');
    vi.advanceTimersByTime(COMMIT_DELAY_MS - 1);
    expect(getAppState().scenario).toMatchObject({ yaml: 'ab', committedYaml: '' });
    vi.advanceTimersByTime(1);
    expect(getAppState().scenario.committedYaml).toBe('ab');
    expect(committed).toEqual(['ab']);
    unsubscribe();
  });

  it('commits loaded scenarios and explicit commits immediately', () => {
    loadScenario({ id: 'seed', yaml: 'kind: Service\n' });
    expect(getAppState().scenario).toMatchObject({ scenarioId: 'seed', committedYaml: 'kind: Service\n' });
    setYamlText('kind: Pod\n');
    commitYamlNow();
    expect(getAppState().scenario.committedYaml).toBe('kind: Pod\n');
  });
});

describe('YAML edits', () => {
  it('apply to the stored text when no editor is mounted', () => {
    loadScenario({ id: 'x', yaml: 'a: 1\nb: 2\n' });
    applyYamlEdits([{ range: { line: 2, col: 4, endLine: 2, endCol: 5 }, text: '3' }]);
    expect(getAppState().scenario.yaml).toBe('a: 1\nb: 3\n');
  });

  it('go through the mounted editor when there is one', () => {
    const commands: EditorCommands = {
      applyEdits: vi.fn(), revealLine: vi.fn(), highlightLines: vi.fn(), setCursor: vi.fn(), focus: vi.fn(),
    };
    const unregister = registerEditorCommands(commands);
    applyYamlEdits([{ offset: 0, length: 1, text: 'z' }]);
    expect(commands.applyEdits).toHaveBeenCalledOnce();
    unregister();
  });

  it('apply several non-overlapping edits by offset and by line', () => {
    const text = 'weight: 10\nweight: 90\n';
    expect(applyTextEdits(text, [
      { offset: 8, length: 2, text: '30' },
      { range: { line: 2, col: 9, endLine: 2, endCol: 11 }, text: '70' },
    ])).toBe('weight: 30\nweight: 70\n');
  });
});

describe('view', () => {
  it('clamps split sizes and toggles play and theme', () => {
    setSplitSizes({ editorPercent: 5, bottomPercent: 99 });
    expect(getAppState().view.split).toEqual({ editorPercent: 20, bottomPercent: 65 });
    togglePlaying();
    expect(getAppState().view.playing).toBe(false);
    toggleTheme('light');
    expect(getAppState().view.theme).toBe('dark');
  });
});

describe('problem summary', () => {
  it('reads like the status line', () => {
    const p = (severity: 'error' | 'warning') => ({ severity, message: '', line: 1, col: 1, endLine: 1, endCol: 2, source: 'yaml' });
    expect(summarizeProblems(countProblems([p('error'), p('error'), p('warning')]))).toBe('2 errors · 1 warning');
    expect(summarizeProblems(countProblems([]))).toBe('No problems');
  });
});
