import type { AnalyzerMessage } from '../../engine/analyze/types.ts';
import type { TextEdit } from '../../state/textEdits.ts';
import { ENGINE_MARKER_SOURCE } from './markers.ts';
import { monaco } from './monacoApi.ts';
import { quickFixes } from './quickFixes/quickFixes.ts';

/**
 * Quick fixes (code actions) for the engine's markers: each analyzer message that carries fixes
 * offers them on its marker (lightbulb, Ctrl+. / Cmd+., "Quick Fix..." in the hover). A fix is
 * computed against the text as it is now and applied as a workspace edit of this model, so it is
 * one undoable step. `messages` returns the messages currently shown as markers. The fix edits
 * load on first use (Monaco waits for a provider's promise).
 */
export function registerQuickFixes(model: monaco.editor.ITextModel, messages: () => readonly AnalyzerMessage[]): monaco.IDisposable {
  return monaco.languages.registerCodeActionProvider(
    'yaml',
    {
      async provideCodeActions(target, _range, context) {
        const actions: monaco.languages.CodeAction[] = [];
        if (target !== model || !context.markers.some((m) => m.source === ENGINE_MARKER_SOURCE)) return { actions, dispose() {} };
        // null when the chunk did not arrive: no quick fixes this time.
        const fixes = await quickFixes.load().catch(() => null);
        if (!fixes) return { actions, dispose() {} };
        const text = model.getValue();
        for (const marker of context.markers) {
          if (marker.source !== ENGINE_MARKER_SOURCE) continue;
          const message = messages().find((m) => matches(m, marker));
          for (const fix of message?.fixes ?? []) {
            const edits = fixes.editsForFix(text, fix);
            if (!edits) continue;
            actions.push({
              title: fix.title,
              kind: 'quickfix',
              diagnostics: [marker],
              isPreferred: fix.preferred ?? false,
              edit: { edits: edits.map((e) => ({ resource: model.uri, versionId: model.getVersionId(), textEdit: toMonacoEdit(model, e) })) },
            });
          }
        }
        return { actions, dispose() {} };
      },
    },
    { providedCodeActionKinds: ['quickfix'] },
  );
}

function matches(m: AnalyzerMessage, marker: monaco.editor.IMarkerData): boolean {
  const code = typeof marker.code === 'object' ? marker.code.value : marker.code;
  return m.code === code && m.message === marker.message && m.range.line === marker.startLineNumber && m.range.col === marker.startColumn;
}

function toMonacoEdit(model: monaco.editor.ITextModel, edit: TextEdit): monaco.languages.TextEdit {
  if ('range' in edit) {
    const { line, col, endLine, endCol } = edit.range;
    return { range: new monaco.Range(line, col, endLine, endCol), text: edit.text };
  }
  const range = monaco.Range.fromPositions(model.getPositionAt(edit.offset), model.getPositionAt(edit.offset + edit.length));
  return { range, text: edit.text };
}
