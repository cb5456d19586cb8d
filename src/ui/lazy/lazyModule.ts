import { showNotice } from '../../share/notices.ts';

/**
 * A module kept out of the entry chunk and loaded on first use (a dynamic `import()`), with a
 * synchronous path once it is there: `run` calls straight into a loaded module, so a gesture
 * behaves exactly as with a static import; before that it waits for the load (in call order).
 */
export interface LazyModule<M> {
  /** The module, loading it on the first call; a failed load is tried again on the next call. */
  load(): Promise<M>;
  /** The module once loaded, else undefined (never starts a load). */
  current(): M | undefined;
  /** Starts loading without waiting; a failure is left for the next `load` or `run` to report. */
  preload(): void;
  /** Calls `fn` with the module: at once when loaded, else after the load (a failed load calls `onError`). */
  run(fn: (module: M) => void): void;
  /** Tells `listener` when the module has loaded (for `useLazyModule`). */
  subscribe(listener: () => void): () => void;
}

export function lazyModule<M>(importer: () => Promise<M>, onError: (error: unknown) => void = reportLoadError): LazyModule<M> {
  let loaded: M | undefined;
  let pending: Promise<M> | undefined;
  const listeners = new Set<() => void>();

  const load = (): Promise<M> => {
    if (loaded) return Promise.resolve(loaded);
    pending ??= importer().then(
      (module) => {
        loaded = module;
        for (const listener of listeners) listener();
        return module;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };

  return {
    load,
    current: () => loaded,
    preload: () => void load().catch(() => {}),
    run(fn) {
      if (loaded) fn(loaded);
      else load().then(fn, onError);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** A chunk that did not arrive (offline, a deploy replaced the files): say so; the rest keeps working. */
export function reportLoadError(): void {
  showNotice('error', 'A part of the playground could not be loaded (is the network down?). Reload the page to try again.');
}
