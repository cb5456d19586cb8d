/**
 * Where the engine gets RE2 from. re2js is 44 KB gzip, a quarter of the engine worker, and
 * most scenarios have no regex at all, so the browser worker loads it only when a scenario
 * could need it (src/worker/regexSupport.ts) instead of before its first answer. Node entry
 * points (src/engine/index.ts, hence the CLI, the bench and the unit tests) provide it at
 * import time (./provideRe2.ts).
 *
 * Only the engine's own type of the library is named here: importing the value would put
 * re2js back into every bundle that compiles a match.
 */
import type { RE2JS } from 're2js';

export type Re2Library = typeof RE2JS;

let library: Re2Library | undefined;

export function provideRe2(lib: Re2Library): void {
  library = lib;
}

export function hasRe2(): boolean {
  return library !== undefined;
}

/**
 * Thrown (never turned into "no match") when a regex is compiled before RE2 was provided: a
 * silent non-match would route requests wrongly. Reaching it is a bug in the loader.
 */
export class Re2NotLoadedError extends Error {
  constructor() {
    super('RE2 is not loaded yet: provide it (provideRe2) before compiling a regex match.');
    this.name = 'Re2NotLoadedError';
  }
}

export function re2(): Re2Library {
  if (!library) throw new Re2NotLoadedError();
  return library;
}

/** Forget the provided library (tests of the lazy path only). */
export function forgetRe2ForTests(): void {
  library = undefined;
}
