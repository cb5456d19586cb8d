/**
 * Every hard limit of the playground, in one place (the README's "Limits" table lists them).
 * A playground lives on untrusted input — YAML pasted from anywhere, links from strangers — so
 * each input that could make the tab slow or huge is bounded where it enters, and going over a
 * limit always yields a sentence that names the limit and the line, never an exception.
 *
 * | limit                       | value      | enforced in                        | code / effect           |
 * |-----------------------------|------------|------------------------------------|-------------------------|
 * | YAML text size              | 1 MiB      | parse/parseScenario.ts             | ITP1003 Error, refused  |
 * | YAML documents              | 2,000      | parse/parseScenario.ts             | ITP1004 Warning, rest ignored |
 * | alias expansions / document | 100        | parse/parseScenario.ts             | YAML0001 Error, document ignored |
 * | replicas per Deployment     | 1,000      | model/expandDeployment.ts          | ITP1001 Warning, first 1,000 |
 * | pods in the scenario        | 5,000      | model/buildPods.ts                 | ITP1002 Warning, first 5,000 |
 * | Traffic rate                | 10,000/s   | model/readTraffic.ts, buildModel   | ITP1005 Warning, clamped |
 * | regex length                | 1,024 B    | route/match/compileStringMatch.ts  | IST0106 Error (Istio's own limit) |
 * | permalink: inflated JSON    | 528 KiB    | share/permalink.ts                 | link refused with a sentence |
 * | opened YAML file            | 512 KiB    | share/restoreYamlFile.ts           | file refused with a sentence |
 * | engine silence (per step)   | 3 s (+6 s per MiB loading) | worker/supervisedWorker.ts, knownGood.ts | worker restarted, banner |
 */

/** Largest scenario text the engine reads, in UTF-8 bytes. */
export const MAX_YAML_BYTES = 1024 * 1024;

/** YAML documents (`---` separated) read per scenario; later ones are ignored. */
export const MAX_DOCUMENTS = 2000;

/**
 * An alias may be expanded at most this many times per document (counting nested
 * expansions). Real manifests use a handful; "billion laughs" documents need thousands.
 */
export const MAX_ALIAS_COUNT = 100;

/** Replicas simulated per Deployment (ITP1001). */
export const MAX_REPLICAS = 1000;

/** Pods simulated per scenario (ITP1002). */
export const MAX_PODS = 5000;

/** Requests per second of one Traffic object, and of all of them together, in the live view (ITP1005). */
export const MAX_TRAFFIC_RATE = 10_000;

/** Istio's own regex limit in UTF-8 bytes (validateStringRegexp): longer patterns are rejected. */
export const MAX_REGEX_BYTES = 1024;

/** Largest YAML a permalink or an opened file may carry, and the JSON a link may inflate to (YAML plus view state). */
export const MAX_PERMALINK_YAML_BYTES = 512 * 1024;
export const MAX_PERMALINK_INFLATED_BYTES = MAX_PERMALINK_YAML_BYTES + 16 * 1024;

/** How long the engine worker may stay silent (one load, tick, trace or step) before it is restarted. */
export const ENGINE_TIME_BUDGET_MS = 3000;

/** `1048576` -> `1 MB`, `524288` -> `512 KB`: sizes in messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${trim(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${trim(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function trim(n: number): string {
  return (Math.round(n * 10) / 10).toLocaleString('en');
}
