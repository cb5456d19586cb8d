import { lazy, useState, type ComponentType } from 'react';
import { reportLoadError, type LazyModule } from './lazyModule.ts';

/** Stands in for a component whose chunk did not arrive (the notice says so); the rest keeps working. */
function NotLoaded() {
  return null;
}

/**
 * A component from a lazily loaded module, for use under a `<Suspense>`. Once the module is there
 * (preloaded on idle) a new mount renders the component directly: React.lazy would still suspend
 * for a tick on its first render and flash the fallback. The choice is made once per mount, so a
 * mounted panel never remounts (and keeps its state) when the load completes. A failed load
 * renders nothing and shows the notice, instead of throwing and taking the whole page down.
 */
export function lazyComponent<M, P extends object>(module: LazyModule<M>, pick: (module: M) => ComponentType<P>): ComponentType<P> {
  const Lazy = lazy(() => module.load().then(
    (loaded) => ({ default: pick(loaded) }),
    () => {
      reportLoadError();
      return { default: NotLoaded as ComponentType<P> };
    },
  )) as unknown as ComponentType<P>;
  return function LazyComponent(props: P) {
    const [Component] = useState<ComponentType<P>>(() => {
      const loaded = module.current();
      return loaded ? pick(loaded) : Lazy;
    });
    return <Component {...props} />;
  };
}
