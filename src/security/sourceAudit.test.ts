/**
 * Source audit: nothing in the app turns a string into code or markup. Every string from YAML
 * or a link reaches the page as text (React children, textContent, canvas fillText), never as
 * HTML, and no code is ever built from text (the CSP forbids 'unsafe-eval' anyway).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const FORBIDDEN: [RegExp, string][] = [
  [/dangerouslySetInnerHTML/, 'dangerouslySetInnerHTML'],
  [/\.(innerHTML|outerHTML)\s*[+]?=/, 'assignment to innerHTML/outerHTML'],
  [/insertAdjacentHTML|document\.write\s*\(/, 'HTML insertion'],
  [/(^|[^\w.])eval\s*\(/, 'eval('],
  [/new\s+Function\s*\(/, 'new Function('],
  [/set(Timeout|Interval)\s*\(\s*['"`]/, 'string timer callback'],
  [/javascript:/i, 'javascript: URL'],
  [/createContextualFragment|DOMParser/, 'HTML parsing'],
  // An embed never navigates the page around it: its only way out is the "Open in playground" link (target _blank).
  [/\b(top|parent)\.location|\.(top|parent)\.location|['"]_(top|parent)['"]|window\.open\s*\(/, 'navigation of the embedding page'],
];

/**
 * Files that may listen for window messages, each checking the sender's origin and the
 * message's shape. embedHostScript.ts is the snippet a host page pastes: it runs on the host,
 * accepts only messages from the playground's origin with `{type: 'itp:height', height: number}`.
 */
const MESSAGE_LISTENERS = new Set(['ui/share/embedHostScript.ts']);

describe('source audit', () => {
  const files = sourceFiles(ROOT).map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));

  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  for (const [pattern, what] of FORBIDDEN) {
    it(`uses no ${what}`, () => {
      const offenders = files.filter((f) => pattern.test(f.text)).map((f) => f.path);
      expect(offenders).toEqual([]);
    });
  }

  it('listens for window messages only where the origin and the shape are checked', () => {
    const listeners = files.filter((f) => /addEventListener\(\s*['"]message['"]|\bonmessage\s*=/.test(f.text) && !f.path.startsWith('worker/'));
    for (const f of listeners) {
      expect(MESSAGE_LISTENERS.has(f.path), `${f.path} listens for messages`).toBe(true);
      expect(f.text).toMatch(/event\.origin\s*!==/);
      expect(f.text).toMatch(/typeof data\.height !== 'number'/);
    }
  });
});
