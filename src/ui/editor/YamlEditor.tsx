import { useEffect, useRef } from 'react';
import { setEditorCursor, setEditorReady, setYamlProblems } from '../../state/actions/editor.ts';
import { setYamlText } from '../../state/actions/scenario.ts';
import { registerEditorCommands } from '../../state/editorBridge.ts';
import { getAppState, useAppStore } from '../../state/store.ts';
import type { ThemeName } from '../theme/palette.ts';
import { TEST_IDS } from '../testIds.ts';
import { createYamlEditor, type YamlEditor as YamlEditorHandle } from './createYamlEditor.ts';

export interface YamlEditorProps {
  theme: ThemeName;
  readOnly?: boolean;
}

/**
 * The scenario editor bound to the store: typing updates `scenario.yaml`; text set from
 * elsewhere (scenario picker, graph edits without the editor) flows back in as an undoable edit;
 * engine diagnostics become squiggles. Loaded lazily (it carries Monaco).
 */
export default function YamlEditor({ theme, readOnly = false }: YamlEditorProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<YamlEditorHandle | null>(null);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const initial = getAppState();
    const editor = createYamlEditor({
      domNode: host,
      value: initial.scenario.yaml,
      theme,
      readOnly,
      onChange: setYamlText,
      onCursorChange: setEditorCursor,
      onYamlProblemsChange: setYamlProblems,
    });
    editorRef.current = editor;
    editor.setMarkers(initial.engine.diagnostics);

    const unregister = registerEditorCommands(editor);
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.scenario.yaml !== previous.scenario.yaml) editor.setValue(state.scenario.yaml);
      if (state.engine.diagnostics !== previous.engine.diagnostics) editor.setMarkers(state.engine.diagnostics);
    });
    setEditorReady(true);

    return () => {
      setEditorReady(false);
      unsubscribe();
      unregister();
      editorRef.current = null;
      editor.dispose();
    };
    // The editor is created once; theme and readOnly are applied by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => editorRef.current?.setTheme(theme), [theme]);
  useEffect(() => editorRef.current?.setReadOnly(readOnly), [readOnly]);

  return <div ref={hostRef} className="yaml-editor-host" data-testid={TEST_IDS.editorHost} />;
}
