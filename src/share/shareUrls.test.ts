import { describe, expect, it } from 'vitest';
import { scenarios } from '../scenarios/index.ts';
import { initialAppState, type AppState } from '../state/store.ts';
import { captureSharedState } from './captureSharedState.ts';
import { decodePermalink } from './permalink.ts';
import { embedSnippet, embedUrl, permalinkUrl, urlForState } from './shareUrls.ts';

function appWith(id: string | null, yaml: string, view: Partial<AppState['view']> = {}): AppState {
  const app = initialAppState();
  return { ...app, scenario: { scenarioId: id, yaml, committedYaml: yaml }, view: { ...app.view, ...view } };
}

const seed = scenarios[0];
const loc = { pathname: '/docs/playground/', search: '' };

describe('share URLs', () => {
  it('a permalink of the seed scenario with its full view state is short enough for chat', () => {
    const state = captureSharedState(appWith(seed.id, seed.yaml, { selectedClient: 'infra-jinsu-lab/sleep', seed: 123456, speed: 0.5, panelTab: 'trace', playing: false }));
    const url = permalinkUrl('https://example.github.io/istio-traffic-playground/', state);
    expect(url.length).toBeLessThan(2000);
    const decoded = decodePermalink(new URL(url).hash);
    expect(decoded).toEqual({ ok: true, version: 'v1', state });
  });

  it('the address bar: nothing for the untouched first example, ?example= for another, #v1/ once anything changed', () => {
    expect(urlForState(appWith(seed.id, seed.yaml), loc, scenarios)).toBe('/docs/playground/');
    const other = scenarios[2];
    expect(urlForState(appWith(other.id, other.yaml), { ...loc, search: '?example=seed&x=1' }, scenarios)).toBe(`/docs/playground/?x=1&example=${other.id}`);
    const edited = urlForState(appWith(seed.id, seed.yaml + '# note\n'), { ...loc, search: '?example=seed' }, scenarios);
    expect(edited).toMatch(/^\/docs\/playground\/#v1\//);
    expect(decodePermalink(edited.slice(edited.indexOf('#'))).ok).toBe(true);
    expect(urlForState(appWith(seed.id, seed.yaml, { seed: 9 }), loc, scenarios)).toMatch(/#v1\//);
  });

  it('an embed URL carries the options and the scenario', () => {
    const url = embedUrl('https://x.test/p/', { yaml: 'a: 1', view: {} }, { view: 'split', autoplay: true, theme: 'dark' });
    expect(url).toMatch(/^https:\/\/x\.test\/p\/\?embed=1&view=split&autoplay=1&theme=dark#v1\//);
  });

  it('an iframe snippet: lazy, titled, fixed height, attributes escaped', () => {
    const snippet = embedSnippet({ src: 'https://x.test/?embed=1&a="b"#v1/x', title: 'Split <10/90>', height: 450 });
    expect(snippet).toContain('src="https://x.test/?embed=1&amp;a=&quot;b&quot;#v1/x"');
    expect(snippet).toContain('title="Split &lt;10/90&gt;"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('height="450"');
    expect(embedSnippet({ src: 'x', title: 't', height: 5 })).toContain('height="240"');
  });
});
