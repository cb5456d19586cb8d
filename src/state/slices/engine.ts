import type { Diagnostic } from '../../engine/model/diagnostic.ts';
import type { Topology } from '../../engine/topology/types.ts';
import { emptyLiveStats, type LiveStats } from '../../worker/liveStats.ts';
import type { TestResultsMessage, TrafficRequestInfo } from '../../worker/protocol.ts';

/** The `kind: Test` results of one revision, as the worker ran them. */
export type TestResults = Omit<TestResultsMessage, 'type'>;

/**
 * Engine output for the committed YAML, filled by the worker bridge; the UI only reads it.
 * A YAML syntax error keeps the last good `topology` (the graph stays) while `diagnostics`
 * and `yamlError` say what is wrong.
 */
export interface EngineSlice {
  status: 'idle' | 'running' | 'ready' | 'failed';
  /** Which committed text the result belongs to. */
  forYaml: string | null;
  /** Increases with every successful load; live stats and particles carry it. */
  revision: number;
  /** What the traffic touches, for the graph. Null until the first good load. */
  topology: Topology | null;
  /** One-line explanation of what happens and why ("Client sleep has a sidecar, so ..."). */
  caption: CaptionPart[];
  /** Set while the current text has a YAML syntax error (the graph shows the last good state). */
  yamlError: { line: number; message: string } | null;
  diagnostics: readonly Diagnostic[];
  /**
   * The revision the analyzer last reported on (0: none yet). The analyzer answers after the
   * engine (worker/deferredAnalysis.ts); until its first answer the problems are not known.
   */
  analyzedRevision: number;
  live: LiveStats;
  /** The Traffic objects' curl lines per client (the request composer's defaults). */
  trafficRequests: readonly TrafficRequestInfo[];
  /** The Tests of the latest revision whose run finished; older than `revision` while a run is in flight. */
  tests: TestResults | null;
}

/** Caption text with links into the YAML: a part with `line` renders as a link to that line. */
export interface CaptionPart {
  text: string;
  line?: number;
  code?: boolean;
}

export function initialEngineSlice(): EngineSlice {
  return { status: 'idle', forYaml: null, revision: 0, topology: null, caption: [], yamlError: null, diagnostics: [], analyzedRevision: 0, live: emptyLiveStats(), trafficRequests: [], tests: null };
}
