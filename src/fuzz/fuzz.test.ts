/**
 * The fuzz suite (part of `npm test`): property-based tests of the parser, engine, analyzer,
 * worker session, curl parser and permalink decoder on arbitrary and mutated input. Each
 * property runs up to its number of cases or its time limit; the last test checks that the
 * suite as a whole ran at least MIN_TOTAL_CASES, so a slow machine cannot quietly fuzz less.
 *
 * Reproduce a failure: FUZZ_SEED=<seed printed in the failure> npx vitest run src/fuzz
 * Fuzz longer:         FUZZ_SCALE=10 npx vitest run src/fuzz
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { FUZZ_PROPERTIES } from './properties.ts';

const MIN_TOTAL_CASES = 10_000;
const scale = Number(process.env.FUZZ_SCALE ?? 1) || 1;
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() ^ (Math.random() * 0x7fffffff);

const ran: { name: string; cases: number; ms: number }[] = [];

describe(`fuzz (seed ${seed})`, () => {
  for (const p of FUZZ_PROPERTIES) {
    const limit = p.timeLimitMs * scale;
    it(p.name, () => {
      const start = performance.now();
      const details = fc.check(p.property as fc.IProperty<[unknown]>, {
        numRuns: Math.round(p.numRuns * scale),
        interruptAfterTimeLimit: limit,
        seed,
        includeErrorInReport: true,
      });
      ran.push({ name: p.name, cases: details.numRuns, ms: Math.round(performance.now() - start) });
      if (details.failed) throw new Error(fc.defaultReportMessage(details) ?? 'property failed');
    }, limit * 3 + 10_000);
  }

  it(`ran at least ${MIN_TOTAL_CASES.toLocaleString('en')} cases`, () => {
    const total = ran.reduce((s, r) => s + r.cases, 0);
    expect(total).toBeGreaterThanOrEqual(MIN_TOTAL_CASES);
  });

  afterAll(() => {
    const total = ran.reduce((s, r) => s + r.cases, 0);
    const ms = ran.reduce((s, r) => s + r.ms, 0);
    const lines = ran.map((r) => `  ${String(r.cases).padStart(6)} cases ${String(r.ms).padStart(6)} ms  ${r.name}`);
    console.log(`fuzz: ${total} cases in ${(ms / 1000).toFixed(1)} s (seed ${seed})\n${lines.join('\n')}`);
  });
});
