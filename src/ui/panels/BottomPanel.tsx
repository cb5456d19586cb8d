import { Suspense, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { openPanelTab } from '../../state/actions/view.ts';
import { PANEL_TABS, type PanelTab } from '../../state/slices/view.ts';
import { useAppStore } from '../../state/store.ts';
import { TEST_IDS } from '../testIds.ts';
import { PANEL_LABELS, PANEL_PLACEHOLDERS } from './panelLabels.ts';
import { PanelLoading } from './PanelLoading.tsx';
import { useProblems } from './useProblems.ts';
import './BottomPanel.css';

export type PanelContents = Partial<Record<PanelTab, ReactNode>>;

export interface BottomPanelProps {
  id: string;
  /** Content per tab, may be lazy (it suspends in the tab); a missing tab shows a short placeholder. */
  contents?: PanelContents;
}

/** Tabs Stats · Trace · Problems · Tests · Hash (WAI-ARIA tabs, automatic activation). */
export function BottomPanel({ id, contents = {} }: BottomPanelProps) {
  const active = useAppStore((s) => s.view.panelTab);
  const { counts } = useProblems();
  const tabRefs = useRef<Partial<Record<PanelTab, HTMLButtonElement | null>>>({});

  function activate(tab: PanelTab) {
    openPanelTab(tab);
    tabRefs.current[tab]?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = PANEL_TABS.indexOf(active);
    const last = PANEL_TABS.length - 1;
    const next: Record<string, number> = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    if (!(event.key in next)) return;
    event.preventDefault();
    activate(PANEL_TABS[next[event.key]]);
  }

  const problemCount = counts.error + counts.warning;
  const content = contents[active] ?? <p className="panel-placeholder">{PANEL_PLACEHOLDERS[active]}</p>;

  return (
    <section id={id} className="bottom-panel" aria-label="Details" data-testid={TEST_IDS.bottomPanel}>
      <div role="tablist" aria-label="Details" className="tab-list" onKeyDown={onKeyDown}>
        {PANEL_TABS.map((tab) => (
          <button
            key={tab}
            ref={(el) => { tabRefs.current[tab] = el; }}
            type="button"
            role="tab"
            id={`tab-${tab}`}
            data-testid={TEST_IDS.tab(tab)}
            aria-selected={tab === active}
            aria-controls={`tabpanel-${tab}`}
            tabIndex={tab === active ? 0 : -1}
            className="tab"
            onClick={() => openPanelTab(tab)}
          >
            {PANEL_LABELS[tab]}
            {tab === 'problems' && problemCount > 0 && (
              <span className={`tab-badge ${counts.error ? 'severity-error' : 'severity-warning'}`}>{problemCount}</span>
            )}
          </button>
        ))}
      </div>
      {PANEL_TABS.map((tab) => (
        <div
          key={tab}
          role="tabpanel"
          id={`tabpanel-${tab}`}
          data-testid={TEST_IDS.tabPanel(tab)}
          aria-labelledby={`tab-${tab}`}
          hidden={tab !== active}
          tabIndex={0}
          className="tab-panel"
        >
          {tab === active && <Suspense fallback={<PanelLoading />}>{content}</Suspense>}
        </div>
      ))}
    </section>
  );
}
