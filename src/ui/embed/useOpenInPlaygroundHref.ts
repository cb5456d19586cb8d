import { useMemo } from 'react';
import { captureSharedState } from '../../share/captureSharedState.ts';
import { appBaseUrl, permalinkUrl } from '../../share/shareUrls.ts';
import { useAppStore } from '../../state/store.ts';

/**
 * The full playground with what the embed shows now (its text, seed, speed, client), as a
 * permalink. Whether the embed happens to be paused is left out: the full app plays.
 */
export function useOpenInPlaygroundHref(): string {
  const yaml = useAppStore((s) => s.scenario.committedYaml);
  const seed = useAppStore((s) => s.view.seed);
  const speed = useAppStore((s) => s.view.speed);
  const client = useAppStore((s) => s.view.selectedClient);
  const panel = useAppStore((s) => s.view.panelTab);
  return useMemo(() => {
    const state = captureSharedState(useAppStore.getState());
    const { playing: _playing, layout: _layout, ...view } = state.view;
    return permalinkUrl(appBaseUrl(window.location), { yaml, view });
    // Recomputed when what the link carries changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [yaml, seed, speed, client, panel]);
}
