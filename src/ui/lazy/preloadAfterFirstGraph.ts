import { getAppState, useAppStore } from '../../state/store.ts';
import { whenIdle } from './whenIdle.ts';

/**
 * Once the engine's first topology is drawn, loads `modules` when the page is idle, so what a
 * click right after may need (quick fixes, the other tabs, the share dialogs) is already there
 * and the first graph paint never waits for it.
 */
export function preloadAfterFirstGraph(modules: readonly { preload(): void }[]): void {
  const preloadAll = () => whenIdle(() => {
    for (const module of modules) module.preload();
  });
  if (getAppState().engine.topology) {
    preloadAll();
    return;
  }
  const unsubscribe = useAppStore.subscribe((state) => {
    if (!state.engine.topology) return;
    unsubscribe();
    preloadAll();
  });
}
