/**
 * Runs `task` once the page has nothing better to do: `requestIdleCallback` (with a deadline,
 * so a page that never idles still gets there), else a short timeout (Safari has no idle callbacks).
 */
export function whenIdle(task: () => void, timeoutMs = 2000): void {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, options: { timeout: number }) => number }).requestIdleCallback;
  if (idle) idle(task, { timeout: timeoutMs });
  else setTimeout(task, 200);
}
