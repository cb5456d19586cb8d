import { useRef, type CSSProperties, type ReactNode } from 'react';
import { setSplitSizes } from '../../state/actions/view.ts';
import { SPLIT_LIMITS } from '../../state/slices/view.ts';
import { useAppStore } from '../../state/store.ts';
import { EditorPanel } from '../editor/EditorPanel.tsx';
import { GraphPanel } from '../graph/GraphPanel.tsx';
import { REGION_IDS } from '../keyboard/globalShortcuts.ts';
import { BottomPanel, type PanelContents } from '../panels/BottomPanel.tsx';
import type { ThemeName } from '../theme/palette.ts';
import { TEST_IDS } from '../testIds.ts';
import { Splitter } from './Splitter.tsx';
import './Workspace.css';

export interface WorkspaceProps {
  theme: ThemeName;
  graph?: ReactNode;
  panels?: PanelContents;
}

const BOTTOM_PANEL_ID = 'bottom-panel';

/** Editor | graph side by side (resizable), the tabbed bottom panel under both (resizable). */
export function Workspace({ theme, graph, panels }: WorkspaceProps) {
  const { editorPercent, bottomPercent } = useAppStore((s) => s.view.split);
  const workspaceRef = useRef<HTMLDivElement>(null);
  const mainRowRef = useRef<HTMLDivElement>(null);
  const sizes = { '--editor-size': `${editorPercent}%`, '--bottom-size': `${bottomPercent}%` } as CSSProperties;

  return (
    <div className="workspace" ref={workspaceRef} style={sizes}>
      <div className="main-row" ref={mainRowRef}>
        <EditorPanel id={REGION_IDS.editor} theme={theme} />
        <Splitter
          orientation="vertical"
          value={editorPercent}
          min={SPLIT_LIMITS.editorPercent.min}
          max={SPLIT_LIMITS.editorPercent.max}
          onChange={(value) => setSplitSizes({ editorPercent: value })}
          getContainer={() => mainRowRef.current}
          label="Resize editor and graph"
          controls={REGION_IDS.editor}
          testId={TEST_IDS.verticalSplitter}
        />
        <GraphPanel id={REGION_IDS.graph}>{graph}</GraphPanel>
      </div>
      <Splitter
        orientation="horizontal"
        value={bottomPercent}
        min={SPLIT_LIMITS.bottomPercent.min}
        max={SPLIT_LIMITS.bottomPercent.max}
        onChange={(value) => setSplitSizes({ bottomPercent: value })}
        getContainer={() => workspaceRef.current}
        controlsTrailingPane
        label="Resize bottom panel"
        controls={BOTTOM_PANEL_ID}
        testId={TEST_IDS.horizontalSplitter}
      />
      <BottomPanel id={BOTTOM_PANEL_ID} contents={panels} />
    </div>
  );
}
