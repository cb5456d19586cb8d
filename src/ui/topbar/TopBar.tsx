import { loadScenario } from '../../state/actions/scenario.ts';
import { setHelpOpen } from '../../state/actions/view.ts';
import type { ScenarioEntry } from '../../state/slices/scenario.ts';
import { useAppStore } from '../../state/store.ts';
import { RecentControls } from '../recent/RecentControls.tsx';
import { ShareControls } from '../share/ShareControls.tsx';
import type { ThemeName } from '../theme/palette.ts';
import { TEST_IDS } from '../testIds.ts';
import { KeyboardIcon, LogoIcon } from './icons.tsx';
import { ScenarioPicker } from './ScenarioPicker.tsx';
import { ThemeToggle } from './ThemeToggle.tsx';
import './TopBar.css';

export interface TopBarProps {
  scenarios: readonly ScenarioEntry[];
  theme: ThemeName;
}

export function TopBar({ scenarios, theme }: TopBarProps) {
  const scenarioId = useAppStore((s) => s.scenario.scenarioId);
  return (
    <header className="top-bar" data-testid={TEST_IDS.topBar}>
      <h1 className="product-name"><LogoIcon /> Istio Traffic Playground</h1>
      <ScenarioPicker scenarios={scenarios} selectedId={scenarioId} onSelect={loadScenario} />
      <div className="top-bar-actions">
        <RecentControls scenarios={scenarios} />
        <ShareControls />
        <ThemeToggle shown={theme} />
        <button
          type="button"
          className="icon-button"
          data-testid={TEST_IDS.helpButton}
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
          aria-haspopup="dialog"
          onClick={() => setHelpOpen(true)}
        >
          <KeyboardIcon />
        </button>
      </div>
    </header>
  );
}
