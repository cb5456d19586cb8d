import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { scenarios } from '../scenarios/index.ts';
import { commitYamlNow, loadScenario, setYamlText } from '../state/actions/scenario.ts';
import { getAppState, resetAppStore } from '../state/store.ts';
import { loadLinkCodec } from './loadLinkCodec.ts';
import { dismissNotice, getNotice } from './notices.ts';
import { decodePermalink, encodePermalink } from './permalink.ts';
import { startUrlSync, URL_WRITE_DELAY_MS } from './urlState.ts';

/**
 * `window` as far as the URL sync uses it: `location` (hash, path, query), `history.replaceState`
 * and the events. Setting the hash queues `hashchange` like a browser does (a task, not at once):
 * `setHash` returns the dispatch so a test decides what runs first.
 */
function installWindow() {
  const events = new EventTarget();
  const location = { pathname: '/', search: '', hash: '' };
  const fake = Object.assign(events, {
    location,
    history: {
      state: null,
      replaceState(_state: unknown, _title: string, url: string) {
        const parsed = new URL(url, 'http://playground.test/');
        Object.assign(location, { pathname: parsed.pathname, search: parsed.search, hash: parsed.hash });
      },
    },
  });
  vi.stubGlobal('window', fake);
  return {
    location,
    setHash(hash: string): () => void {
      location.hash = hash.startsWith('#') ? hash : `#${hash}`;
      return () => void events.dispatchEvent(new Event('hashchange'));
    },
  };
}

const linkTo = (yaml: string) => `#${encodePermalink({ yaml, view: {} })}`;
const yamlInHash = (hash: string) => {
  const decoded = decodePermalink(hash);
  return decoded.ok ? decoded.state.yaml : `not a link: ${decoded.error}`;
};

/** Lets the link's codec promise settle (and any timers due by then run). */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('the address bar and a link arriving meanwhile', () => {
  let browser: ReturnType<typeof installWindow>;
  let stop: () => void;

  beforeAll(async () => {
    await loadLinkCodec();
  });

  beforeEach(() => {
    vi.useFakeTimers();
    resetAppStore();
    dismissNotice();
    browser = installWindow();
    loadScenario({ id: scenarios[0].id, yaml: scenarios[0].yaml });
    stop = startUrlSync(scenarios);
  });

  afterEach(() => {
    stop();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  /** Types at the end of the text and commits it: the URL write is now pending. */
  function typeAndCommit(text: string): string {
    const yaml = getAppState().scenario.yaml + text;
    setYamlText(yaml);
    commitYamlNow();
    return yaml;
  }

  it('follows an edit with a permalink after the delay', async () => {
    const yaml = typeAndCommit('# edited\n');
    await vi.advanceTimersByTimeAsync(URL_WRITE_DELAY_MS - 1);
    expect(browser.location.hash).toBe('');
    await vi.advanceTimersByTimeAsync(1);
    expect(yamlInHash(browser.location.hash)).toBe(yaml);
  });

  it('keeps a link set while a write was pending, even when the timer runs before hashchange', async () => {
    typeAndCommit('# edited\n');
    await vi.advanceTimersByTimeAsync(URL_WRITE_DELAY_MS - 10);
    const other = scenarios[2].yaml;
    const link = linkTo(other);
    const dispatch = browser.setHash(link);
    await vi.advanceTimersByTimeAsync(20); // the pending write is due before the event
    expect(browser.location.hash).toBe(link);

    dispatch();
    await settle();
    expect(getAppState().scenario.yaml).toBe(other);
    await vi.advanceTimersByTimeAsync(5 * URL_WRITE_DELAY_MS);
    expect(browser.location.hash).toBe(link);
    expect(getNotice()?.kind).toBe('info');
  });

  it('keeps a link whose hashchange comes first; the next edit is written again', async () => {
    typeAndCommit('# edited\n');
    await vi.advanceTimersByTimeAsync(URL_WRITE_DELAY_MS / 2);
    const link = linkTo(scenarios[1].yaml);
    browser.setHash(link)();
    await settle();
    await vi.advanceTimersByTimeAsync(5 * URL_WRITE_DELAY_MS);
    expect(browser.location.hash).toBe(link);

    const after = typeAndCommit('# after the link\n');
    await vi.advanceTimersByTimeAsync(URL_WRITE_DELAY_MS);
    expect(yamlInHash(browser.location.hash)).toBe(after);
  });

  it('the newest of two links wins', async () => {
    typeAndCommit('# edited\n');
    const first = linkTo(scenarios[1].yaml);
    const second = linkTo(scenarios[2].yaml);
    const dispatchFirst = browser.setHash(first);
    const dispatchSecond = browser.setHash(second);
    dispatchFirst();
    dispatchSecond();
    await settle();
    await vi.advanceTimersByTimeAsync(5 * URL_WRITE_DELAY_MS);
    expect(getAppState().scenario.yaml).toBe(scenarios[2].yaml);
    expect(browser.location.hash).toBe(second);
  });

  it('a damaged link loads nothing, and the write it held back is made after all', async () => {
    const yaml = typeAndCommit('# edited\n');
    await vi.advanceTimersByTimeAsync(URL_WRITE_DELAY_MS - 10);
    const dispatch = browser.setHash('#v1/AAAA!!');
    await vi.advanceTimersByTimeAsync(20);
    dispatch();
    await settle();
    expect(getNotice()?.kind).toBe('error');
    expect(getAppState().scenario.yaml).toBe(yaml);
    await vi.advanceTimersByTimeAsync(URL_WRITE_DELAY_MS);
    expect(yamlInHash(browser.location.hash)).toBe(yaml);
  });

  it('a damaged link with no edit pending stays in the address bar', async () => {
    browser.setHash('#not-a-link')();
    await settle();
    await vi.advanceTimersByTimeAsync(5 * URL_WRITE_DELAY_MS);
    expect(browser.location.hash).toBe('#not-a-link');
  });

  it('an emptied fragment loads nothing and does not block later writes', async () => {
    const yaml = typeAndCommit('# edited\n');
    await vi.advanceTimersByTimeAsync(URL_WRITE_DELAY_MS);
    expect(yamlInHash(browser.location.hash)).toBe(yaml);
    const more = typeAndCommit('# more\n');
    browser.setHash('')();
    await vi.advanceTimersByTimeAsync(URL_WRITE_DELAY_MS);
    expect(yamlInHash(browser.location.hash)).toBe(more);
  });
});
