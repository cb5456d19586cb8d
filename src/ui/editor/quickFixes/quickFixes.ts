import { lazyModule } from '../../lazy/lazyModule.ts';

/**
 * The quick-fix edits (fixEdits.ts) parse the text with the `yaml` package, so they load on
 * first use (a code action asked for, a Fix button pressed), or on idle after the first graph
 * paint (main.tsx), whichever comes first.
 */
export const quickFixes = lazyModule(() => import('./fixEdits.ts'));
