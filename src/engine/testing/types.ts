import type { Expectation, RoutingTest } from '../model/routingTest.ts';
import type { SourceRange } from '../model/source.ts';

/** The outcome of one expectation of one Test. */
export interface AssertionResult {
  /** Short form: `status 200`, `subset v2: 90% ± 2`. */
  label: string;
  passed: boolean;
  /** A sentence with the observed value: "subset v2 got 89.7% of 2000 requests (1794); expected 90% ± 2." */
  message: string;
  /** Where the expectation is written in the YAML. */
  range: SourceRange;
  kind: Expectation['kind'];
  /**
   * For a failure: the 0-based index of a request that shows it (the first one that broke a
   * per-request expectation, or one that went the wrong way for a share), so its trace can be
   * rebuilt with `traceTestRequest`.
   */
  sampleIndex?: number;
}

export interface TestResult {
  namespace: string;
  name: string;
  /** 'ns/name' of the client. */
  from: string;
  curl: string;
  requests: number;
  seed: number;
  passed: boolean;
  /** Why the test could not run at all (no such client, bad curl line, missing fields). */
  error?: string;
  assertions: AssertionResult[];
  /** Range of the Test document; `line` of its start for lists and logs. */
  range: SourceRange;
  line: number;
  /** The Test as read (for traceTestRequest). */
  test: RoutingTest;
}

export interface TestReport {
  tests: TestResult[];
  passed: number;
  failed: number;
}
