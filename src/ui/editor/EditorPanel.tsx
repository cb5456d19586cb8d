import { lazy, Suspense } from 'react';
import { useAppStore } from '../../state/store.ts';
import type { ThemeName } from '../theme/palette.ts';
import { TEST_IDS } from '../testIds.ts';
import { EditorStatusLine } from './EditorStatusLine.tsx';
import './EditorPanel.css';

// Monaco is big: load it after the rest of the page has painted.
const YamlEditor = lazy(() => import('./YamlEditor.tsx'));

export interface EditorPanelProps {
  id: string;
  theme: ThemeName;
  readOnly?: boolean;
}

/** Left column: the YAML editor (lazy) with a plain-text stand-in while it loads, and the status line. */
export function EditorPanel({ id, theme, readOnly }: EditorPanelProps) {
  const ready = useAppStore((s) => s.editor.ready);
  return (
    <section id={id} className="editor-panel" aria-label="Scenario YAML" data-testid={TEST_IDS.editorPanel} data-ready={ready}>
      <div className="editor-frame">
        <Suspense fallback={<EditorStandIn />}>
          <YamlEditor theme={theme} readOnly={readOnly} />
        </Suspense>
      </div>
      <EditorStatusLine />
    </section>
  );
}

/** The text, read-only, laid out like the editor so nothing jumps when Monaco arrives. */
function EditorStandIn() {
  const yaml = useAppStore((s) => s.scenario.yaml);
  return (
    <pre className="editor-stand-in" data-testid={TEST_IDS.editorLoading} aria-busy="true" aria-label="Scenario YAML (editor loading)">
      {yaml}
    </pre>
  );
}
