/**
 * Tells the host page how tall the embed's content wants to be: the fixed parts at their height
 * plus a preferred height for the flexible part (graph, editor). Posted to the parent window as
 * `{type: 'itp:height', height}` (a number only) whenever it changes; nothing when not framed.
 */
export const PREFERRED_FLEX_HEIGHT = 320;

export function naturalHeight(parts: readonly { height: number; flexible: boolean }[], preferredFlex = PREFERRED_FLEX_HEIGHT): number {
  return Math.ceil(parts.reduce((sum, p) => sum + (p.flexible ? preferredFlex : p.height), 0));
}

export function startHeightReporting(root: HTMLElement, isFlexible: (child: Element) => boolean): () => void {
  if (window.parent === window) return () => {};
  let last = -1;
  const measure = () => {
    const parts = [...root.children]
      .filter((child) => getComputedStyle(child).position !== 'fixed')
      .map((child) => ({ height: child.scrollHeight, flexible: isFlexible(child) }));
    const height = naturalHeight(parts);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'itp:height', height }, '*');
  };
  const observer = new ResizeObserver(measure);
  observer.observe(root);
  for (const child of root.children) observer.observe(child);
  const mutations = new MutationObserver(() => {
    for (const child of root.children) observer.observe(child);
    measure();
  });
  mutations.observe(root, { childList: true });
  measure();
  return () => {
    observer.disconnect();
    mutations.disconnect();
  };
}
