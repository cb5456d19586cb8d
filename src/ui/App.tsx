import { useEffect, useLayoutEffect, type ReactNode } from 'react';
import type { ScenarioEntry } from '../state/slices/scenario.ts';
import { installGlobalShortcuts } from './keyboard/globalShortcuts.ts';
import type { PanelContents } from './panels/BottomPanel.tsx';
import { applyTheme } from './theme/applyTheme.ts';
import { useResolvedTheme } from './theme/useResolvedTheme.ts';
import { TEST_IDS } from './testIds.ts';
import { HelpDialog } from './topbar/HelpDialog.tsx';
import { TopBar } from './topbar/TopBar.tsx';
import { Workspace } from './layout/Workspace.tsx';
import './styles/base.css';

export interface AppProps {
  /** Examples for the scenario picker. */
  scenarios: readonly ScenarioEntry[];
  /** Fills the graph region (React Flow, transport controls, caption). */
  graph?: ReactNode;
  /** Fills bottom-panel tabs (lazy ones suspend inside their tab); tabs left out show a placeholder. */
  panels?: PanelContents;
}

/** The full playground: top bar, editor | graph, bottom panel, help dialog. */
export function App({ scenarios, graph, panels }: AppProps) {
  const theme = useResolvedTheme();
  useLayoutEffect(() => applyTheme(theme), [theme]);
  useEffect(() => installGlobalShortcuts(), []);

  return (
    <div className="app" data-testid={TEST_IDS.app} data-theme={theme}>
      <TopBar scenarios={scenarios} theme={theme} />
      <main className="app-main">
        <Workspace theme={theme} graph={graph} panels={panels} />
      </main>
      <HelpDialog />
    </div>
  );
}
