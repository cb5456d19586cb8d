import type { KubeProxyMode } from './mesh.ts';
import type { Resource } from './resource.ts';
import type { FieldPath, SourceRange, SourceRef } from './source.ts';

/**
 * The playground's `Test` kind (apiVersion playground/v1): one request, sent `requests` times
 * from one client with one seeded PRNG, and expectations about where it goes. Read by
 * model/readTest.ts, evaluated by engine/testing/runTests.ts.
 */
export interface RoutingTest {
  namespace: string;
  name: string;
  /** 'ns/name' of a Pod, or a Deployment meaning its first pod. */
  from: string;
  curl: string;
  /** Header name -> values; request i sends values[i % length] (a list spreads hash keys). */
  headers: Record<string, string[]>;
  requests: number;
  seed: number;
  /** Overrides the scenario's kube-proxy mode for this test (clients without a sidecar). */
  kubeProxyMode?: KubeProxyMode;
  expectations: Expectation[];
  /** Problems that make the test unrunnable (e.g. no `request`); each also is a diagnostic. */
  errors: string[];
  ref: SourceRef;
  range: SourceRange;
  resource: Resource;
}

/** How a share is bounded: `90% ± 2` is {min: 88, max: 92}; percentages 0..100. */
export interface ShareBand {
  /** The text as written, for messages. */
  text: string;
  min: number;
  max: number;
}

/** Per-request dimensions a share can be counted over. `podLabel` needs `label`. */
export type ShareDimension = 'subset' | 'status' | 'flag' | 'pod' | 'cluster' | 'service' | 'mirror' | 'podLabel';

/** Per-request facts every request must satisfy. */
export type PointField =
  | 'status'
  | 'flags'
  | 'subset'
  | 'cluster'
  | 'service'
  | 'pod'
  | 'podLabels'
  | 'podPort'
  | 'virtualService'
  | 'route'
  | 'mode'
  | 'delay'
  | 'timeout'
  | 'retries'
  | 'mirror'
  | 'location'
  | 'hashKey';

interface ExpectationBase {
  /** Where it is written: the whole `key: value` entry. */
  range: SourceRange;
  path: FieldPath;
  /** Short form for lists and logs: `status 200`, `share subset v2 90% ± 2`. */
  label: string;
}

export type Expectation =
  | (ExpectationBase & { kind: 'point'; field: PointField; expected: PointValue })
  | (ExpectationBase & {
      kind: 'share';
      dimension: ShareDimension;
      /** The label key when dimension is 'podLabel' (`share: {podLabels: {version: {...}}}`). */
      labelKey?: string;
      /** The value counted: subset name, status code, pod name, ... ('none' = requests without one). */
      value: string;
      band: ShareBand;
    })
  | (ExpectationBase & { kind: 'sticky'; expected: boolean })
  /** A malformed expectation: it always fails with `message`, so a typo never passes silently. */
  | (ExpectationBase & { kind: 'invalid'; message: string });

/**
 * Normalised expected values: numbers for status/podPort/retries, milliseconds (or null =
 * none) for delay/timeout, a string list for flags, a label map for podLabels, and for the
 * rest the text as written ('ns/name' or name, matched per field by engine/testing).
 */
export type PointValue = string | number | null | string[] | Record<string, string>;
