/** Side effect: makes re2js the engine's regex library (Node entry points; see ./re2.ts). */
import { RE2JS } from 're2js';
import { provideRe2 } from './re2.ts';

provideRe2(RE2JS);
