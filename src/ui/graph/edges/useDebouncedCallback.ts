import { useCallback, useEffect, useRef } from 'react';

/**
 * `call(arg)` runs `fn(arg)` once calls have paused for `delayMs`; `flush()` runs a pending call
 * now. A pending call is flushed on unmount, so the last slider position is never lost.
 */
export function useDebouncedCallback<T>(fn: (arg: T) => void, delayMs: number): { call: (arg: T) => void; flush: () => void; pending: () => boolean } {
  const fnRef = useRef(fn);
  fnRef.current = fn;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pendingArg = useRef<{ arg: T } | null>(null);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const pending = pendingArg.current;
    pendingArg.current = null;
    if (pending) fnRef.current(pending.arg);
  }, []);

  const call = useCallback((arg: T) => {
    pendingArg.current = { arg };
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, delayMs);
  }, [delayMs, flush]);

  const pending = useCallback(() => pendingArg.current !== null, []);
  useEffect(() => flush, [flush]);
  return { call, flush, pending };
}
