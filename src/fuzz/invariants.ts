/**
 * What must hold for any input, however broken (the fuzz suite's oracle). Each check throws
 * an Error naming the broken invariant; fast-check then shrinks the input that caused it.
 */
import { analyzeScenario } from '../engine/analyze/index.ts';
import { loadScenario, routeRequest, simulate, TraceSink, type Decision, type LoadedScenario } from '../engine/index.ts';
import { createRng } from '../engine/route/lb/index.ts';

const LEVELS = new Set(['Error', 'Warning', 'Info']);
const FLAGS = new Set(['NR', 'NC', 'UH', 'FI', 'DI', 'DNS', 'CF']);
const MODES = new Set(['sidecar', 'gateway', 'kube-proxy']);
/** Text that means an exception leaked into a sentence meant for a person. */
const LEAK = /\[object Object\]|\n\s+at [^\n]*:\d+:\d+|TypeError|ReferenceError|Cannot read propert|is not a function|undefined is not/;

export class InvariantError extends Error {}

function fail(what: string, detail: unknown): never {
  throw new InvariantError(`${what}: ${JSON.stringify(detail)?.slice(0, 400)}`);
}

function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

interface Located {
  code: string;
  level: string;
  message: string;
  range: { line: number; col: number; endLine: number; endCol: number };
}

/** Every problem is a sentence with a code, a level and a location inside the text. */
export function checkDiagnostics(text: string, diagnostics: readonly Located[]): void {
  const lines = lineCount(text);
  for (const d of diagnostics) {
    if (typeof d.code !== 'string' || d.code === '') fail('diagnostic without a code', d);
    if (!LEVELS.has(d.level)) fail('diagnostic with an unknown level', d);
    if (typeof d.message !== 'string' || d.message.trim() === '') fail('diagnostic without a message', d);
    if (LEAK.test(d.message)) fail('diagnostic message leaks an exception', d);
    const r = d.range;
    if (!r || !Number.isInteger(r.line) || !Number.isInteger(r.col)) fail('diagnostic without a location', d);
    if (r.line < 1 || r.line > lines || r.col < 1) fail(`diagnostic outside the text (${lines} lines)`, d);
    if (r.endLine < r.line || r.endLine > lines + 1) fail('diagnostic range ends before it starts or after the text', d);
  }
}

/** A routing outcome from the documented set (route/outcome.ts). */
export function checkDecision(loaded: LoadedScenario, d: Decision): void {
  if (!Number.isInteger(d.status)) fail('status is not an integer', d.status);
  if (d.status !== 0 && (d.status < 200 || d.status > 599)) fail('status outside 0 and 200..599', d.status);
  if (!MODES.has(d.mode)) fail('unknown client mode', d.mode);
  for (const f of d.flags) if (!FLAGS.has(f)) fail('unknown response flag', d.flags);
  if (d.status === 0 && !d.flags.some((f) => f === 'DNS' || f === 'CF')) fail('no response without DNS or CF flag', d.flags);
  if (d.flags.includes('NR') && d.status !== 404) fail('NR without 404', d.status);
  if ((d.flags.includes('NC') || d.flags.includes('UH')) && d.status !== 503) fail('NC/UH without 503', d.status);
  if (d.pod && !loaded.model.pods.includes(d.pod)) fail('the serving pod is not a pod of the scenario', d.pod.name);
  if (d.delayMs !== undefined && !(d.delayMs >= 0)) fail('negative or NaN delay', d.delayMs);
}

/** Routes a few requests twice with the same seed (same numbers), and traces one per client. */
export function checkRouting(loaded: LoadedScenario, seed: number, requests: number): void {
  const seen: Decision[] = [];
  const first = simulate(loaded.mesh, { requests, seed, stream: loaded.stream, onDecision: (d) => seen.push(d) });
  for (const d of seen) checkDecision(loaded, d);
  const again = simulate(loaded.mesh, { requests, seed, stream: loaded.stream });
  if (JSON.stringify(first) !== JSON.stringify(again)) fail('same seed, different result', { first, again });
  const clients = new Set<string>();
  for (const t of loaded.stream.templates) {
    const key = `${t.client.namespace}/${t.client.name}`;
    if (clients.has(key)) continue;
    clients.add(key);
    const trace = new TraceSink();
    const rng = createRng(seed);
    const next = loaded.stream.next(rng);
    if (!next) continue;
    const d = routeRequest(loaded.mesh, t.client, next.request, rng, trace);
    checkDecision(loaded, d);
    for (const s of trace.steps) {
      if (typeof s.message !== 'string' || s.message === '' || LEAK.test(s.message)) fail('bad trace step', s);
      if (s.ref && !(s.ref.line >= 1)) fail('trace step points nowhere', s);
    }
  }
}

/**
 * The whole pipeline on one text: load, analyze (an analyzer that throws fails the check),
 * route. Returns the loaded scenario for further checks.
 */
export function checkScenarioText(text: string, opts: { seed?: number; requests?: number } = {}): LoadedScenario {
  const loaded = loadScenario(text);
  checkDiagnostics(text, loaded.diagnostics);
  const messages = analyzeScenario(loaded, undefined, (analyzer, error) => {
    fail(`analyzer ${analyzer.name} threw`, String((error as Error)?.stack ?? error));
  });
  checkDiagnostics(text, messages);
  checkRouting(loaded, opts.seed ?? 1, opts.requests ?? 20);
  return loaded;
}
