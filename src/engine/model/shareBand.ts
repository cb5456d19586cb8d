import type { ShareBand } from './routingTest.ts';

const BAND = /^(>=|<=|≥|≤)?\s*(\d+(?:\.\d+)?)\s*%?\s*(?:(?:±|\+-|\+\/-)\s*(\d+(?:\.\d+)?)\s*%?)?$/;

/**
 * A share as people write it: `90% ± 2` (also `90 +- 2`, `90%+/-2`), `90%` (exactly),
 * `>= 80%`, `<= 5%`, or a bare number. The tolerance is in percentage points. Undefined when
 * the text is none of these or outside 0..100.
 */
export function parseShareBand(raw: unknown): ShareBand | undefined {
  if (typeof raw === 'number') raw = String(raw);
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  const m = BAND.exec(text);
  if (!m) return undefined;
  const value = Number(m[2]);
  const tolerance = m[3] !== undefined ? Number(m[3]) : 0;
  if (value > 100 || tolerance > 100) return undefined;
  if (m[1] && m[3] !== undefined) return undefined;
  const op = m[1];
  if (op === '>=' || op === '≥') return { text, min: value, max: 100 };
  if (op === '<=' || op === '≤') return { text, min: 0, max: value };
  return { text, min: Math.max(0, value - tolerance), max: Math.min(100, value + tolerance) };
}

/** Does an observed percentage fall in the band? A tiny epsilon absorbs float noise (90.000000001). */
export function inBand(percent: number, band: ShareBand): boolean {
  return percent >= band.min - 1e-9 && percent <= band.max + 1e-9;
}
