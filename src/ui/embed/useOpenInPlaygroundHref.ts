import { useEffect, useMemo, useState } from 'react';
import { captureSharedState } from '../../share/captureSharedState.ts';
import { loadedLinkCodec, loadLinkCodec } from '../../share/loadLinkCodec.ts';
import { useAppStore } from '../../state/store.ts';

/**
 * The full playground with what the embed shows now (its text, seed, speed, client), as a
 * permalink. Whether the embed happens to be paused is left out: the full app plays. Until the
 * permalink codec (a lazy chunk, loaded at an embed's start) is there, the playground's own address.
 */
export function useOpenInPlaygroundHref(): string {
  const [codec, setCodec] = useState(loadedLinkCodec);
  useEffect(() => {
    if (!codec) loadLinkCodec().then(setCodec, () => {});
  }, [codec]);
  const yaml = useAppStore((s) => s.scenario.committedYaml);
  const seed = useAppStore((s) => s.view.seed);
  const speed = useAppStore((s) => s.view.speed);
  const client = useAppStore((s) => s.view.selectedClient);
  const panel = useAppStore((s) => s.view.panelTab);
  return useMemo(() => {
    if (!codec) return window.location.origin + window.location.pathname;
    const state = captureSharedState(useAppStore.getState());
    const { playing: _playing, layout: _layout, ...view } = state.view;
    return codec.permalinkUrl(codec.appBaseUrl(window.location), { yaml, view });
    // Recomputed when what the link carries changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [codec, yaml, seed, speed, client, panel]);
}
