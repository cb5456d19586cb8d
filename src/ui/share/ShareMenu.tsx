import { Suspense, useEffect, useRef, useState } from 'react';
import { isMacPlatform } from '../keyboard/shortcuts.ts';
import { lazyComponent } from '../lazy/lazyComponent.tsx';
import { TEST_IDS } from '../testIds.ts';
import { MenuButton } from './MenuButton.tsx';
import { shareFeatures } from './shareFeaturesLoader.ts';

const EmbedDialog = lazyComponent(shareFeatures, (features) => features.EmbedDialog);

const FEEDBACK_MS = 2000;

/** True for Ctrl+S / Cmd+S (no Shift or Alt): copies the link instead of saving the page. */
function isCopyLinkShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 's';
}

/** Share ▾ : Copy link (also Ctrl/Cmd+S) and "Embed in a page…" (the embed code dialog). */
export function ShareMenu() {
  const [copied, setCopied] = useState(false);
  const [embedOpen, setEmbedOpen] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const copyLink = () => shareFeatures.run(async ({ copyPermalink }) => {
    const ok = await copyPermalink();
    if (!ok) return;
    setCopied(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setCopied(false), FEEDBACK_MS);
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isCopyLinkShortcut(event)) return;
      event.preventDefault();
      event.stopPropagation();
      copyLink();
    };
    // Capture phase: before Monaco, and instead of the browser's "Save page".
    window.addEventListener('keydown', onKeyDown, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      clearTimeout(timer.current);
    };
  }, []);

  return (
    <>
      <MenuButton
        label={<span className="share-label">{copied ? 'Link copied ✓' : 'Share'}</span>}
        ariaLabel="Share"
        title="Share this scenario (Ctrl+S copies the link)"
        testId={TEST_IDS.shareButton}
        menuTestId={TEST_IDS.shareMenu}
        items={[
          { id: 'copy-link', label: 'Copy link', hint: isMacPlatform() ? '⌘S' : 'Ctrl+S', testId: TEST_IDS.copyLink, onSelect: copyLink },
          { id: 'embed', label: 'Embed in a page…', testId: TEST_IDS.openEmbedDialog, onSelect: () => setEmbedOpen(true) },
        ]}
      />
      <span className="visually-hidden" role="status">{copied ? 'Link copied to the clipboard' : ''}</span>
      {embedOpen && <Suspense fallback={null}><EmbedDialog onClose={() => setEmbedOpen(false)} /></Suspense>}
    </>
  );
}
