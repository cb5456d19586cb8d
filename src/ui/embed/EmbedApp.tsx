import { Suspense, useEffect, useLayoutEffect, useRef } from 'react';
import type { EmbedParams } from '../../share/embedParams.ts';
import { setPlaying } from '../../state/actions/view.ts';
import { getAppState, useAppStore } from '../../state/store.ts';
import { EditorPanel } from '../editor/EditorPanel.tsx';
import { TrafficGraph } from '../graph/TrafficGraph.tsx';
import { LazyStatsPanel } from '../panels/lazyPanels.tsx';
import { PanelLoading } from '../panels/PanelLoading.tsx';
import { NoticeBanner } from '../share/NoticeBanner.tsx';
import { TEST_IDS } from '../testIds.ts';
import { applyTheme } from '../theme/applyTheme.ts';
import { useResolvedTheme } from '../theme/useResolvedTheme.ts';
import { createEmbedPlayback, observeVisibility } from './embedPlayback.ts';
import { EmbedToolbar } from './EmbedToolbar.tsx';
import { startHeightReporting } from './heightReporter.ts';
import '../styles/base.css';
import '../share/share.css';
import './embed.css';

export interface EmbedAppProps {
  params: EmbedParams;
  /** Whether to start playing once visible (from `autoplay` and prefers-reduced-motion). */
  autoplay: boolean;
}

/**
 * Embed mode (`?embed=1`): the graph with its caption, a one-row footer (play/pause, speed,
 * stats strip, "Open in playground ↗"); the YAML read-only beside it with `view=split`, the
 * Stats panel under it with `panel=stats`. Plays only while on screen.
 */
export function EmbedApp({ params, autoplay }: EmbedAppProps) {
  const theme = useResolvedTheme();
  const playing = useAppStore((s) => s.view.playing);
  const rootRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => applyTheme(theme), [theme]);

  useEffect(() => {
    const root = rootRef.current!;
    const playback = createEmbedPlayback({ autoplay, isPlaying: () => getAppState().view.playing, setPlaying });
    const stopObserving = observeVisibility(root, playback.setVisible);
    const stopReporting = startHeightReporting(root, (child) => child.classList.contains('embed-main'));
    return () => {
      stopObserving();
      stopReporting();
    };
  }, [autoplay]);

  return (
    <div ref={rootRef} className={`embed-app is-${params.view}`} data-testid={TEST_IDS.embedApp} data-theme={theme} data-playing={playing} data-view={params.view}>
      <div className="embed-main">
        {params.view === 'split' && <EditorPanel id="embed-editor" theme={theme} readOnly={params.readonly} />}
        <section className="embed-graph" aria-label="Traffic graph">
          <TrafficGraph />
        </section>
      </div>
      {params.panel === 'stats' && (
        <section className="embed-stats-panel" aria-label="Stats">
          <Suspense fallback={<PanelLoading />}><LazyStatsPanel /></Suspense>
        </section>
      )}
      <EmbedToolbar statsTotalOnly={params.panel === 'stats'} />
      <NoticeBanner />
    </div>
  );
}
