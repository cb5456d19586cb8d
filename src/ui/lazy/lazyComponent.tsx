import { lazy, useState, type ComponentType } from 'react';
import type { LazyModule } from './lazyModule.ts';

/**
 * A component from a lazily loaded module, for use under a `<Suspense>`. Once the module is there
 * (preloaded on idle) a new mount renders the component directly: React.lazy would still suspend
 * for a tick on its first render and flash the fallback. The choice is made once per mount, so a
 * mounted panel never remounts (and keeps its state) when the load completes.
 */
export function lazyComponent<M, P extends object>(module: LazyModule<M>, pick: (module: M) => ComponentType<P>): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: pick(await module.load()) })) as unknown as ComponentType<P>;
  return function LazyComponent(props: P) {
    const [Component] = useState<ComponentType<P>>(() => {
      const loaded = module.current();
      return loaded ? pick(loaded) : Lazy;
    });
    return <Component {...props} />;
  };
}
