import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarios } from '../scenarios/index.ts';
import { encodePermalink } from './permalink.ts';
import { resolveStartup } from './startupScenario.ts';

const fixtureLink = readFileSync(new URL('./fixtures/v1-seed.link.txt', import.meta.url), 'utf8').trim();

describe('what the page opens with', () => {
  it('the first example when the URL says nothing', async () => {
    expect(await resolveStartup({ hash: '', search: '' }, scenarios)).toEqual({ kind: 'default', scenario: scenarios[0] });
    expect(await resolveStartup({ hash: '#', search: '?embed=1' }, scenarios)).toEqual({ kind: 'default', scenario: scenarios[0] });
  });

  it('a permalink, including a frozen old one', async () => {
    const yaml = 'kind: Service\n';
    expect(await resolveStartup({ hash: '#' + encodePermalink({ yaml, view: { seed: 3 } }), search: '' }, scenarios)).toEqual({ kind: 'link', state: { yaml, view: { seed: 3 } } });
    const old = await resolveStartup({ hash: fixtureLink, search: '' }, scenarios);
    expect(old.kind).toBe('link');
  });

  it('an example by id; the permalink wins over it', async () => {
    const hash = scenarios[3];
    expect(await resolveStartup({ hash: '', search: `?example=${hash.id}` }, scenarios)).toEqual({ kind: 'example', scenario: hash });
    expect((await resolveStartup({ hash: '#' + encodePermalink({ yaml: 'a: 1', view: {} }), search: `?example=${hash.id}` }, scenarios)).kind).toBe('link');
  });

  it('the default example and a sentence for a damaged link or an unknown example', async () => {
    const damaged = await resolveStartup({ hash: '#v1/AAAA!!', search: '' }, scenarios);
    expect(damaged).toEqual({ kind: 'default', scenario: scenarios[0], error: expect.stringMatching(/^This link is damaged.*The default example is shown instead\.$/) });
    const unknown = await resolveStartup({ hash: '', search: '?example=nope' }, scenarios);
    expect(unknown).toEqual({ kind: 'default', scenario: scenarios[0], error: 'There is no example called “nope”. The default example is shown instead.' });
  });
});
