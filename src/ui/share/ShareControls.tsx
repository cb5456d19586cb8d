import { ExportMenu } from './ExportMenu.tsx';
import { FileDrop } from './FileDrop.tsx';
import { NoticeBanner } from './NoticeBanner.tsx';
import { ShareMenu } from './ShareMenu.tsx';
import './share.css';

/** What the top bar gets from the share feature: Share ▾, Export ▾, and their page-wide helpers (notice banner, file drop). */
export function ShareControls() {
  return (
    <>
      <ShareMenu />
      <ExportMenu />
      <NoticeBanner />
      <FileDrop />
    </>
  );
}
