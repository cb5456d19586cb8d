/**
 * When an embed plays: it starts paused, plays once it is visible (if autoplay wants it), pauses
 * whenever it scrolls out of view or its tab is hidden, and resumes on return only if it was
 * playing when it left. A reader's own pause is kept. Pure; the DOM side is observeVisibility().
 */
export interface EmbedPlayback {
  /** Feed every visibility change (element in view and document shown). */
  setVisible(visible: boolean): void;
}

export function createEmbedPlayback(input: { autoplay: boolean; isPlaying(): boolean; setPlaying(playing: boolean): void }): EmbedPlayback {
  let resumeWhenVisible = input.autoplay;
  let visible = false;
  return {
    setVisible(next) {
      if (next === visible) return;
      visible = next;
      if (!visible) {
        if (input.isPlaying()) {
          resumeWhenVisible = true;
          input.setPlaying(false);
        }
      } else if (resumeWhenVisible) {
        resumeWhenVisible = false;
        input.setPlaying(true);
      }
    },
  };
}

/** Calls `onChange(visible)` when at least `threshold` of the element is on screen and the tab is shown, and whenever that changes. */
export function observeVisibility(element: Element, onChange: (visible: boolean) => void, threshold = 0.05): () => void {
  let intersecting = false;
  const report = () => onChange(intersecting && !document.hidden);
  const observer = new IntersectionObserver((entries) => {
    const last = entries[entries.length - 1];
    intersecting = last.isIntersecting && last.intersectionRatio >= threshold;
    report();
  }, { threshold: [0, threshold, 0.5, 1] });
  observer.observe(element);
  document.addEventListener('visibilitychange', report);
  return () => {
    observer.disconnect();
    document.removeEventListener('visibilitychange', report);
  };
}
