import type { monaco } from './monacoApi.ts';

export const MONO_FONT_STACK = 'ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace';

/** Editor look and behaviour, independent of the model and theme. */
export const editorOptions: monaco.editor.IStandaloneEditorConstructionOptions = {
  automaticLayout: true,
  fixedOverflowWidgets: true,
  fontFamily: MONO_FONT_STACK,
  fontSize: 13,
  lineHeight: 20,
  tabSize: 2,
  insertSpaces: true,
  detectIndentation: false,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  padding: { top: 8, bottom: 8 },
  renderLineHighlight: 'line',
  renderLineHighlightOnlyWhenFocus: true,
  overviewRulerBorder: false,
  hideCursorInOverviewRuler: true,
  renderWhitespace: 'selection',
  guides: { indentation: true },
  folding: true,
  wordWrap: 'off',
  quickSuggestions: { other: true, comments: false, strings: true },
  hover: { delay: 300 },
  accessibilitySupport: 'auto',
  'semanticHighlighting.enabled': false,
};
