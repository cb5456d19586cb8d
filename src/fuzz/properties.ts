/**
 * The fuzz suite's properties, each with its share of the run: how many cases, and the time
 * after which fast-check stops generating (the run still passes; fuzz.test.ts checks that the
 * whole suite reached its minimum number of cases).
 */
import fc from 'fast-check';
import { parseCurl } from '../engine/index.ts';
import { parseScenario } from '../engine/parse/parseScenario.ts';
import { decodePermalink, encodePermalink } from '../share/permalink.ts';
import { createEngineSession } from '../worker/engineSession.ts';
import { mutatedScenario } from './arbitraries/mutations.ts';
import { resourceScenario } from './arbitraries/resources.ts';
import { anyText, curlishText, randomText, yamlishText } from './arbitraries/text.ts';
import { checkDiagnostics, checkScenarioText, InvariantError } from './invariants.ts';
import { checkPermalinkResult, permalinkFragment, sharedState } from './permalinkArbitraries.ts';

export interface FuzzProperty {
  name: string;
  property: fc.IProperty<never> | fc.IProperty<[unknown]>;
  numRuns: number;
  timeLimitMs: number;
}

const LEAK = /\[object Object\]|\n\s+at [^\n]*:\d+:\d+|TypeError|Cannot read propert|is not a function/;

function define<T>(name: string, arb: fc.Arbitrary<T>, check: (value: T) => void, numRuns: number, timeLimitMs: number): FuzzProperty {
  return { name, property: fc.property(arb, check) as FuzzProperty['property'], numRuns, timeLimitMs };
}

export const FUZZ_PROPERTIES: FuzzProperty[] = [
  define('parseScenario: arbitrary text', anyText, (text) => {
    checkDiagnostics(text, parseScenario(text).diagnostics);
  }, 3000, 5000),

  define('whole pipeline: YAML-like text', yamlishText, (text) => {
    checkScenarioText(text, { requests: 5 });
  }, 3000, 6000),

  define('whole pipeline: resource-shaped objects', fc.tuple(resourceScenario, fc.nat()), ([text, seed]) => {
    checkScenarioText(text, { seed, requests: 30 });
  }, 2500, 15000),

  define('whole pipeline + worker session: mutations of every built-in scenario', fc.tuple(mutatedScenario, fc.nat()), ([m, seed]) => {
    checkScenarioText(m.text, { seed, requests: 30 });
    const session = createEngineSession();
    const reply = session.load(1, m.text, seed);
    checkDiagnostics(m.text, reply.diagnostics);
    if (reply.type !== 'loaded') return;
    session.simulation?.runRequests(40);
    session.simulation?.advance(120, 1);
    session.simulation?.takeParticles();
    for (const r of reply.requests.slice(0, 2)) {
      const answer = session.trace(r.from, r.curl);
      if (!answer.ok && LEAK.test(answer.error)) throw new InvariantError(`trace error leaks: ${answer.error}`);
    }
    for (const el of [...reply.topology.pods, ...reply.topology.clusters].slice(0, 3)) session.traceSample(el.id);
  }, 2500, 18000),

  define('parseCurl: arbitrary and curl-like lines', fc.oneof(curlishText, randomText), (line) => {
    const r = parseCurl(line);
    if (r.ok) {
      const q = r.request;
      if (!q.path.startsWith('/')) throw new InvariantError(`path without a leading slash: ${q.path}`);
      if (!Number.isInteger(q.port) || q.port < 0 || q.port > 65535) throw new InvariantError(`port out of range: ${q.port}`);
      if (typeof q.method !== 'string' || q.method === '') throw new InvariantError('empty method');
      for (const v of Object.values(q.headers)) if (!Array.isArray(v)) throw new InvariantError('header values not a list');
    } else {
      if (!Number.isInteger(r.column) || r.column < 0 || r.column > line.length + 1) throw new InvariantError(`error column ${r.column} outside the line`);
      if (r.error.trim() === '' || LEAK.test(r.error)) throw new InvariantError(`bad error sentence: ${r.error}`);
    }
  }, 2500, 5000),

  define('decodePermalink: arbitrary and damaged fragments', permalinkFragment, (fragment) => {
    checkPermalinkResult(decodePermalink(fragment));
  }, 2000, 6000),

  define('permalink: encode then decode gives the same state', sharedState, (state) => {
    const r = decodePermalink('#' + encodePermalink(state));
    if (!r.ok || r.state.yaml !== state.yaml) throw new InvariantError(`round trip lost the text: ${JSON.stringify(r).slice(0, 200)}`);
    checkPermalinkResult(r);
  }, 500, 5000),
];
