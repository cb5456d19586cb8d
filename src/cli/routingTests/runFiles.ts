import { readFileSync, statSync } from 'node:fs';
import {
  loadScenario, runScenarioTests, traceTestRequest,
  type Diagnostic, type MeshModel, type TestResult, type TracedTestRequest,
} from '../../engine/index.ts';
import { MAX_SCENARIO_BYTES } from '../loadFile.ts';

/** One failing test's first failing request, replayed with its trace. */
export interface FailureTrace {
  assertion: string;
  traced: TracedTestRequest;
}

export interface FileRun {
  file: string;
  /** The file could not be read or is not YAML: counted as one failure. */
  error?: string;
  tests: TestResult[];
  /** Keyed by the TestResult, for failing tests whose failure has a sample request. */
  traces: Map<TestResult, FailureTrace>;
  ms: number;
}

export interface SuiteRun {
  files: FileRun[];
  passed: number;
  failed: number;
  ms: number;
}

/** The engine entry used to load each file (tests substitute a deliberately broken one). */
export type Loader = (text: string) => { model: MeshModel; diagnostics: Diagnostic[] };

/** Reads and runs every file; never throws for a bad file (it becomes a failure in the report). */
export function runScenarioFiles(files: string[], load: Loader = loadScenario): SuiteRun {
  const started = performance.now();
  const runs = files.map((f) => runFile(f, load));
  let passed = 0;
  let failed = 0;
  for (const r of runs) {
    if (r.error) failed++;
    for (const t of r.tests) t.passed ? passed++ : failed++;
  }
  return { files: runs, passed, failed, ms: performance.now() - started };
}

function runFile(file: string, load: Loader): FileRun {
  const started = performance.now();
  const done = (rest: Omit<FileRun, 'file' | 'ms'>): FileRun => ({ file, ...rest, ms: performance.now() - started });
  let text: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_SCENARIO_BYTES) return done({ error: `${size} bytes; the limit is ${MAX_SCENARIO_BYTES}`, tests: [], traces: new Map() });
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return done({ error: `cannot read: ${(e as NodeJS.ErrnoException).code ?? 'unknown error'}`, tests: [], traces: new Map() });
  }
  const run = runScenarioTests(text, load);
  if (run.fatal) return done({ error: run.fatal, tests: [], traces: new Map() });
  const traces = new Map<TestResult, FailureTrace>();
  for (const t of run.report.tests) {
    const failing = t.assertions.find((a) => !a.passed && a.sampleIndex !== undefined);
    if (!failing) continue;
    const traced = traceTestRequest(run.model, t.test, failing.sampleIndex!);
    if (traced) traces.set(t, { assertion: failing.label, traced });
  }
  return done({ tests: run.report.tests, traces });
}
