import { useReactFlow } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { openPanelTab, setPlaying, setSeed, setSpeed } from '../../state/actions/view.ts';
import { useAppStore } from '../../state/store.ts';
import { resetLiveCounters } from '../../worker/client.ts';
import { TEST_IDS } from '../testIds.ts';
import { FIT_VIEW_OPTIONS } from './useFitViewOnStructureChange.ts';
import { LodStatus } from './LodStatus.tsx';

export const SPEEDS = [0.25, 0.5, 1, 2, 4] as const;

/** Opens the Trace tab and puts the cursor in its request composer. */
function openComposer(): void {
  openPanelTab('trace');
  requestAnimationFrame(() => {
    const target = document.querySelector<HTMLElement>(`[data-testid="${TEST_IDS.traceCurl}"], [data-testid="${TEST_IDS.tabPanel('trace')}"] input, [data-testid="${TEST_IDS.tab('trace')}"]`);
    target?.focus();
  });
}

function SeedInput() {
  const seed = useAppStore((s) => s.view.seed);
  const [draft, setDraft] = useState(String(seed));
  useEffect(() => setDraft(String(seed)), [seed]);
  const commit = () => {
    const value = Number(draft);
    if (draft.trim() !== '' && Number.isSafeInteger(value)) setSeed(value);
    else setDraft(String(seed));
  };
  return (
    <label className="tg-transport-seed" title="Random seed: the same seed gives the same requests and numbers">
      <span>seed</span>
      <input
        type="number"
        inputMode="numeric"
        step={1}
        value={draft}
        aria-label="Random seed"
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => event.key === 'Enter' && commit()}
      />
    </label>
  );
}

/** Play/pause, speed, seed, reset counters and "send one request". */
export function TransportControls() {
  const playing = useAppStore((s) => s.view.playing);
  const speed = useAppStore((s) => s.view.speed);
  return (
    <div className="tg-toolbar-group" role="toolbar" aria-label="Traffic controls" data-testid={TEST_IDS.transportControls}>
      <button
        type="button"
        className="icon-button"
        aria-label={playing ? 'Pause traffic' : 'Play traffic'}
        title={playing ? 'Pause (Space)' : 'Play (Space)'}
        onClick={() => setPlaying(!playing)}
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
      </button>
      <select aria-label="Speed" title="Animation speed" value={String(speed)} onChange={(event) => setSpeed(Number(event.target.value))}>
        {!SPEEDS.includes(speed as (typeof SPEEDS)[number]) && <option value={String(speed)}>{speed}×</option>}
        {SPEEDS.map((s) => <option key={s} value={String(s)}>{s}×</option>)}
      </select>
      <SeedInput />
      <button type="button" className="icon-button" aria-label="Reset counters" title="Reset counters (restart with this seed)" onClick={resetLiveCounters}>
        <span aria-hidden="true">↺</span>
      </button>
      <button type="button" className="text-button" title="Compose one request and see its trace" onClick={openComposer}>
        Send one request
      </button>
    </div>
  );
}

/** Zoom out, zoom in, fit: React Flow's zoom buttons, in the toolbar instead of over the canvas. */
export function ZoomControls() {
  const { zoomIn, zoomOut, fitView } = useReactFlow();
  return (
    <div className="tg-toolbar-group" role="toolbar" aria-label="Zoom">
      <button type="button" className="icon-button" aria-label="Zoom out" title="Zoom out" onClick={() => void zoomOut({ duration: 150 })}>
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" className="icon-button" aria-label="Zoom in" title="Zoom in" onClick={() => void zoomIn({ duration: 150 })}>
        <span aria-hidden="true">+</span>
      </button>
      <button type="button" className="icon-button" aria-label="Fit the graph to the view" title="Fit the graph to the view" onClick={() => void fitView({ ...FIT_VIEW_OPTIONS, duration: 200 })}>
        <span aria-hidden="true">⤢</span>
      </button>
    </div>
  );
}

/**
 * The graph's toolbar: a slim bar between the caption and the canvas, so it never covers a node
 * (traffic controls on the left, zoom on the right).
 */
export function GraphToolbar() {
  return (
    <div className="tg-toolbar tg-transport">
      <TransportControls />
      <LodStatus />
      <div className="tg-toolbar-end">
        <a className="tg-attribution" href="https://reactflow.dev" target="_blank" rel="noreferrer" title="The graph is drawn with React Flow">React Flow</a>
        <ZoomControls />
      </div>
    </div>
  );
}
