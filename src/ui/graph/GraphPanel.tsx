import type { ReactNode } from 'react';
import { useAppStore } from '../../state/store.ts';
import { TEST_IDS } from '../testIds.ts';
import './GraphPanel.css';

export interface GraphPanelProps {
  id: string;
  /** The graph (React Flow canvas, transport controls, caption). Empty: a placeholder. */
  children?: ReactNode;
}

/**
 * The right-hand region that hosts the traffic graph. It only provides the frame: a labelled,
 * focusable region (Alt+2 focuses it, or its `[data-autofocus]` descendant) that fills the space.
 */
export function GraphPanel({ id, children }: GraphPanelProps) {
  const playing = useAppStore((s) => s.view.playing);
  return (
    <section
      id={id}
      className="graph-panel"
      aria-label="Traffic graph"
      tabIndex={-1}
      data-testid={TEST_IDS.graphPanel}
      data-playing={playing}
    >
      {children ?? <GraphPlaceholder playing={playing} />}
    </section>
  );
}

function GraphPlaceholder({ playing }: { playing: boolean }) {
  return (
    <div className="graph-placeholder">
      <p>The traffic graph will appear here.</p>
      <p className="graph-placeholder-state" aria-live="polite">
        Traffic {playing ? 'playing' : 'paused'} · press Space to {playing ? 'pause' : 'play'}
      </p>
    </div>
  );
}
