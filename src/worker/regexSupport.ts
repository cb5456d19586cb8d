/**
 * RE2 for the browser worker, loaded on demand (engine/regex/re2.ts says why). A scenario whose
 * text could hold a regex waits for it before it is compiled; every other scenario is answered
 * without it, and RE2 is fetched in the background after the first answer so the next edit
 * that adds a regex does not wait either.
 */
import { hasRe2, provideRe2 } from '../engine/regex/re2.ts';

let loading: Promise<void> | undefined;

/** Starts (once) and returns the load of re2js; rejects when the chunk cannot be fetched. */
export function loadRe2(): Promise<void> {
  loading ??= import('re2js').then(
    (m) => provideRe2(m.RE2JS),
    (error: unknown) => {
      loading = undefined; // a later load may retry (e.g. after a network blip)
      throw error;
    },
  );
  return loading;
}

/**
 * Could compiling `yaml` need RE2? Every regex field has "regex" in its key (StringMatch
 * `regex`, `uriRegexRewrite`, `safe_regex` …). A key can also be spelled with escapes in a
 * double-quoted scalar ("re\x67ex"), so any backslash counts too: over-inclusive on purpose,
 * the cost is one early fetch.
 */
export function mayNeedRe2(yaml: string): boolean {
  return !hasRe2() && (/regex/i.test(yaml) || yaml.includes('\\'));
}
