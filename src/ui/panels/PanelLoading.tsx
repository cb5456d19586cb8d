import { useAppStore } from '../../state/store.ts';

/**
 * What a tab shows while its chunk loads: the panels' own placeholder line, in the same place and
 * colours, so nothing jumps or flashes. Before the engine's first answer it says what the panels
 * themselves would say then.
 */
export function PanelLoading() {
  const engineReady = useAppStore((s) => s.engine.topology !== null);
  return <p className="panel-placeholder" aria-busy="true">{engineReady ? 'Loading…' : 'Waiting for the engine…'}</p>;
}
