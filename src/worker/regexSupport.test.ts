import { afterEach, describe, expect, it } from 'vitest';
import { RE2JS } from 're2js';
import { loadScenario } from '../engine/loadScenario.ts';
import { routeRequest } from '../engine/route/routeRequest.ts';
import { TraceSink } from '../engine/route/trace.ts';
import { createRng } from '../engine/route/lb/index.ts';
import { forgetRe2ForTests, hasRe2, provideRe2 } from '../engine/regex/re2.ts';
import { scenarios } from '../scenarios/index.ts';
import { generateLargeMesh } from '../scenarios/generateLargeMesh.ts';
import { loadRe2, mayNeedRe2 } from './regexSupport.ts';

describe('the worker loads RE2 only for scenarios that may need it', () => {
  afterEach(() => provideRe2(RE2JS));

  it('a regex key, a regex rewrite or any backslash escape means "wait for RE2"', () => {
    forgetRe2ForTests();
    expect(mayNeedRe2('uri:\n  regex: "/api/v[0-9]+"')).toBe(true);
    expect(mayNeedRe2('rewrite:\n  uriRegexRewrite: {match: a, rewrite: b}')).toBe(true);
    // yaml reads "re\x67ex" as the key regex: the backslash alone triggers the load.
    expect(mayNeedRe2('uri: {"re\\x67ex": "a.*"}')).toBe(true);
    expect(mayNeedRe2(generateLargeMesh())).toBe(true);
    expect(mayNeedRe2(scenarios[0].yaml)).toBe(false);
  });

  it('nothing to wait for once RE2 is there', () => {
    expect(hasRe2()).toBe(true);
    expect(mayNeedRe2('uri:\n  regex: "a.*"')).toBe(false);
  });

  // The promise behind the heuristic: a scenario it lets through never compiles a regex.
  it('every built-in example that does not wait loads and routes its traffic without RE2', () => {
    const quick = scenarios.filter((s) => {
      forgetRe2ForTests();
      return mayNeedRe2(s.yaml);
    });
    forgetRe2ForTests();
    let routed = 0;
    for (const s of scenarios) {
      if (quick.includes(s)) continue;
      const loaded = loadScenario(s.yaml);
      const rng = createRng(1);
      for (const t of loaded.stream.templates) {
        for (const request of t.variants) {
          routeRequest(loaded.mesh, t.client, request, rng, new TraceSink());
          routed++;
        }
      }
    }
    expect(routed).toBeGreaterThan(20);
  });

  it('loadRe2 provides the library to the engine', async () => {
    forgetRe2ForTests();
    await loadRe2();
    expect(hasRe2()).toBe(true);
  });
});
