import { useEffect, useSyncExternalStore } from 'react';
import type { LazyModule } from './lazyModule.ts';

/** The module once loaded (re-renders then), undefined until; mounting starts the load. */
export function useLazyModule<M>(module: LazyModule<M>): M | undefined {
  const current = useSyncExternalStore(module.subscribe, module.current, module.current);
  useEffect(() => {
    if (!current) module.preload();
  }, [module, current]);
  return current;
}
