/**
 * Mutations of the built-in scenarios: the edits a person makes half-way through typing
 * (a deleted line, a duplicated document, a changed number or word, two lines swapped, a
 * stray line), one to three at a time. Positions are drawn as plain numbers and applied
 * modulo the text, so shrinking finds the smallest failing edit.
 */
import fc from 'fast-check';
import { scenarios } from '../../scenarios/index.ts';
import { XSS } from './text.ts';

export type Mutation =
  | { kind: 'deleteLine'; at: number }
  | { kind: 'duplicateDocument'; at: number }
  | { kind: 'changeNumber'; at: number; value: string }
  | { kind: 'changeString'; at: number; value: string }
  | { kind: 'swapLines'; at: number }
  | { kind: 'insertLine'; at: number; value: string };

const NUMBERS = ['0', '-1', '1', '2', '100', '101', '65536', '1e9', '1.5', '0x10', 'abc', '""', 'null', '[]'];
const STRINGS = ['v1', 'v2', 'v3', 'mesh', 'other', 'svc', 'default', 'true', '"false"', '', '*', XSS, '"a: b"', '{}', '&x', '*x'];
const LINES = ['---', '  extra: 1', '- a', 'kind: Service', '    weight: 50', '\t', '  http:', '#', '&a [*a, *a]', `name: "${XSS}"`];

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('deleteLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicateDocument' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('changeNumber' as const), at: fc.nat(), value: fc.constantFrom(...NUMBERS) }),
  fc.record({ kind: fc.constant('changeString' as const), at: fc.nat(), value: fc.constantFrom(...STRINGS) }),
  fc.record({ kind: fc.constant('swapLines' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insertLine' as const), at: fc.nat(), value: fc.constantFrom(...LINES) }),
);

/** One built-in scenario (by index) with one to three mutations. */
export const mutatedScenario = fc
  .tuple(fc.nat({ max: scenarios.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }))
  .map(([index, edits]) => ({ id: scenarios[index].id, edits, text: edits.reduce(applyMutation, scenarios[index].yaml) }));

/** Replaces the `at`-th (mod count) match of `re` in `text`, or returns the text unchanged. */
function replaceNth(text: string, re: RegExp, at: number, replace: (m: RegExpExecArray) => string): string {
  const matches = [...text.matchAll(re)];
  if (matches.length === 0) return text;
  const m = matches[at % matches.length] as RegExpExecArray;
  return text.slice(0, m.index) + replace(m) + text.slice(m.index + m[0].length);
}

export function applyMutation(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const i = m.at % lines.length;
  switch (m.kind) {
    case 'deleteLine':
      return [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n');
    case 'swapLines': {
      if (lines.length < 2) return text;
      const j = Math.min(i, lines.length - 2);
      [lines[j], lines[j + 1]] = [lines[j + 1], lines[j]];
      return lines.join('\n');
    }
    case 'insertLine':
      return [...lines.slice(0, i), m.value, ...lines.slice(i)].join('\n');
    case 'duplicateDocument': {
      const docs = text.split(/^---$/m);
      const k = m.at % docs.length;
      return [...docs.slice(0, k + 1), docs[k], ...docs.slice(k + 1)].join('---');
    }
    case 'changeNumber':
      return replaceNth(text, /(?<=: |- )-?\d+(\.\d+)?(?=\s*$)/gm, m.at, () => m.value);
    case 'changeString':
      return replaceNth(text, /(?<=: )[A-Za-z][\w.-]*(?=\s*$)/gm, m.at, () => m.value);
  }
}
