import { useEffect, useMemo, useRef, useState } from 'react';
import { captureSharedState } from '../../share/captureSharedState.ts';
import type { EmbedTheme, EmbedView } from '../../share/embedParams.ts';
import { appBaseUrl, DEFAULT_EMBED_HEIGHT, embedSnippet, embedUrl } from '../../share/shareUrls.ts';
import { commitYamlNow } from '../../state/actions/scenario.ts';
import { getAppState } from '../../state/store.ts';
import { TEST_IDS } from '../testIds.ts';
import { copyText } from './clipboard.ts';
import { embedHostScript } from './embedHostScript.ts';
import { currentScenarioTitle } from './shareActions.ts';

interface Options {
  view: EmbedView;
  stats: boolean;
  theme: EmbedTheme | '';
  autoplay: boolean;
  height: number;
}

/**
 * "Embed in a page": options, the <iframe> snippet to copy, and a live preview of exactly that
 * snippet. The scenario is captured when the dialog opens.
 */
export function EmbedDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [options, setOptions] = useState<Options>({ view: 'graph', stats: false, theme: '', autoplay: true, height: DEFAULT_EMBED_HEIGHT });
  const [copied, setCopied] = useState(false);
  const state = useMemo(() => {
    commitYamlNow();
    return captureSharedState(getAppState());
  }, []);
  const title = `Istio Traffic Playground: ${currentScenarioTitle() ?? 'custom scenario'}`;
  const src = useMemo(() => embedUrl(appBaseUrl(window.location), state, {
    view: options.view,
    panel: options.stats ? 'stats' : null,
    theme: options.theme || null,
    autoplay: options.autoplay ? null : false,
  }), [state, options.view, options.stats, options.theme, options.autoplay]);
  const snippet = embedSnippet({ src, title, height: options.height });
  const set = (patch: Partial<Options>) => setOptions((o) => ({ ...o, ...patch }));

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const copy = async () => {
    if (await copyText(snippet)) {
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    }
  };

  return (
    <dialog ref={ref} className="embed-dialog" aria-labelledby="embed-title" data-testid={TEST_IDS.embedDialog} onClose={onClose}
      onClick={(event) => { if (event.target === ref.current) ref.current?.close(); }}>
      <div className="embed-dialog-body">
        <header className="embed-dialog-header">
          <h2 id="embed-title">Embed in a page</h2>
          <button type="button" className="text-button" onClick={() => ref.current?.close()}>Close</button>
        </header>
        <div className="embed-dialog-columns">
          <div className="embed-dialog-form">
            <fieldset>
              <legend>Show</legend>
              <label><input type="radio" name="embed-view" checked={options.view === 'graph'} onChange={() => set({ view: 'graph' })} /> Graph</label>
              <label><input type="radio" name="embed-view" checked={options.view === 'split'} onChange={() => set({ view: 'split' })} /> Graph and YAML</label>
              <label><input type="checkbox" checked={options.stats} onChange={(e) => set({ stats: e.target.checked })} /> Stats panel under the graph</label>
            </fieldset>
            <div className="embed-dialog-row">
              <label>Theme{' '}
                <select value={options.theme} onChange={(e) => set({ theme: e.target.value as Options['theme'] })}>
                  <option value="">Reader's system setting</option>
                  <option value="light">Light</option>
                  <option value="dark">Dark</option>
                </select>
              </label>
              <label>Height{' '}
                <input type="number" min={240} max={1600} step={10} value={options.height} className="embed-height"
                  onChange={(e) => set({ height: Number(e.target.value) || DEFAULT_EMBED_HEIGHT })} /> px
              </label>
            </div>
            <label className="embed-dialog-check">
              <input type="checkbox" checked={options.autoplay} onChange={(e) => set({ autoplay: e.target.checked })} />
              {' '}Start the traffic when the embed scrolls into view (not for readers who prefer reduced motion)
            </label>
            <label className="embed-snippet-label" htmlFor="embed-snippet">Embed code</label>
            <textarea id="embed-snippet" className="embed-snippet" readOnly rows={7} value={snippet} data-testid={TEST_IDS.embedSnippet}
              onFocus={(e) => e.currentTarget.select()} />
            <div className="embed-dialog-actions">
              <button type="button" className="text-button primary-button" onClick={copy} data-testid={TEST_IDS.embedCopy}>
                {copied ? 'Copied ✓' : 'Copy embed code'}
              </button>
              <span role="status" className="visually-hidden">{copied ? 'Embed code copied' : ''}</span>
            </div>
            <details className="embed-host-script">
              <summary>Let the embed set its own height (optional)</summary>
              <pre>{embedHostScript(window.location.origin)}</pre>
            </details>
          </div>
          <figure className="embed-preview">
            <figcaption>Preview</figcaption>
            <iframe key={src} src={src} title={`Preview: ${title}`} style={{ height: `${Math.min(1600, Math.max(240, options.height))}px` }} data-testid={TEST_IDS.embedPreview} />
          </figure>
        </div>
      </div>
    </dialog>
  );
}
