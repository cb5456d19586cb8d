import type { ScenarioEntry } from '../state/slices/scenario.ts';
import { parseExampleParam } from './embedParams.ts';
import { loadLinkCodec } from './loadLinkCodec.ts';
import type { SharedState } from './sharedState.ts';

/** What the page opens with, decided once from its URL. */
export type Startup =
  | { kind: 'link'; state: SharedState }
  | { kind: 'example'; scenario: ScenarioEntry }
  /** The default example; `error` says why the link or example in the URL was not used. */
  | { kind: 'default'; scenario: ScenarioEntry | undefined; error?: string };

/**
 * `#v1/…` wins over `?example=<id>`, which wins over the first example. Only a page opened with a
 * link waits (for the permalink decoder's chunk).
 */
export async function resolveStartup(location: { hash: string; search: string }, scenarios: readonly ScenarioEntry[]): Promise<Startup> {
  const fallback = scenarios[0];
  if (location.hash.length > 1) {
    const codec = await loadLinkCodec().catch(() => null);
    if (!codec) return { kind: 'default', scenario: fallback, error: 'This link could not be opened: a part of the playground did not load (is the network down?). The default example is shown instead.' };
    const decoded = codec.decodePermalink(location.hash);
    if (decoded.ok) return { kind: 'link', state: decoded.state };
    return { kind: 'default', scenario: fallback, error: `${decoded.error} The default example is shown instead.` };
  }
  const raw = new URLSearchParams(location.search.slice(0, 2000)).get('example');
  if (raw === null) return { kind: 'default', scenario: fallback };
  const id = parseExampleParam(location.search);
  const scenario = id ? scenarios.find((s) => s.id === id) : undefined;
  if (scenario) return { kind: 'example', scenario };
  const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  return { kind: 'default', scenario: fallback, error: `There is no example called “${shown}”. The default example is shown instead.` };
}
