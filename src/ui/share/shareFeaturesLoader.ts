import { lazyModule } from '../lazy/lazyModule.ts';

/**
 * The share features (shareFeatures.ts), loaded on idle after the first graph paint (main.tsx) or
 * on first use. Once loaded, `run` calls them synchronously inside the click or key press, which
 * the clipboard needs in some browsers.
 */
export const shareFeatures = lazyModule(() => import('./shareFeatures.ts'));
