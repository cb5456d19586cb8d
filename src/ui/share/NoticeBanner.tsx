import { useEffect, useSyncExternalStore } from 'react';
import { dismissNotice, getNotice, subscribeNotice } from '../../share/notices.ts';
import { TEST_IDS } from '../testIds.ts';

const INFO_MS = 6000;

/** The message about a link or a file, over the top of the app: errors stay until dismissed, news fades after a few seconds. */
export function NoticeBanner() {
  const notice = useSyncExternalStore(subscribeNotice, getNotice, () => null);

  useEffect(() => {
    if (notice?.kind !== 'info') return;
    const timer = setTimeout(dismissNotice, INFO_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  if (!notice) return null;
  return (
    <div className={`notice-banner is-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid={TEST_IDS.noticeBanner} data-kind={notice.kind}>
      <span className="notice-icon" aria-hidden="true">{notice.kind === 'error' ? '!' : 'i'}</span>
      <p>{notice.text}</p>
      <button type="button" className="icon-button notice-dismiss" aria-label="Dismiss" title="Dismiss" onClick={dismissNotice}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
