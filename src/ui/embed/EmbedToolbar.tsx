import { setPlaying, setSpeed } from '../../state/actions/view.ts';
import { useAppStore } from '../../state/store.ts';
import { SPEEDS } from '../graph/TransportControls.tsx';
import { TEST_IDS } from '../testIds.ts';
import { StatsStrip } from './StatsStrip.tsx';
import { useOpenInPlaygroundHref } from './useOpenInPlaygroundHref.ts';

/** The embed's one-row footer: play/pause and speed, the stats strip, "Open in playground ↗". */
export function EmbedToolbar({ statsTotalOnly }: { statsTotalOnly: boolean }) {
  const playing = useAppStore((s) => s.view.playing);
  const speed = useAppStore((s) => s.view.speed);
  const href = useOpenInPlaygroundHref();
  return (
    <footer className="embed-footer">
      <div className="embed-controls" role="toolbar" aria-label="Traffic controls">
        <button
          type="button"
          className="icon-button"
          data-testid={TEST_IDS.embedPlay}
          aria-label={playing ? 'Pause traffic' : 'Play traffic'}
          title={playing ? 'Pause' : 'Play'}
          onClick={() => setPlaying(!playing)}
        >
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
        </button>
        <select aria-label="Speed" title="Speed" value={String(speed)} onChange={(event) => setSpeed(Number(event.target.value))}>
          {!SPEEDS.includes(speed as (typeof SPEEDS)[number]) && <option value={String(speed)}>{speed}×</option>}
          {SPEEDS.map((s) => <option key={s} value={String(s)}>{s}×</option>)}
        </select>
      </div>
      <StatsStrip totalOnly={statsTotalOnly} />
      <a className="embed-open" href={href} target="_blank" rel="noopener" data-testid={TEST_IDS.embedOpenLink}
        title="Open this scenario in the Istio Traffic Playground (new tab)">
        Open in playground <span aria-hidden="true">↗</span>
      </a>
    </footer>
  );
}
