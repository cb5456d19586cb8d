import { test as base, expect, type ConsoleMessage, type Page } from '@playwright/test';
import { PlaygroundPage } from './playgroundPage.ts';

/** Console output that means something is broken even when it is only a warning. */
const FATAL_WARNINGS = [/Could not create web worker/i, /Missing requestHandler/i];

function describeConsole(message: ConsoleMessage): string {
  const { url, lineNumber } = message.location();
  return `console.${message.type()}: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`;
}

/**
 * Playwright `test` whose `page` fails the test on any uncaught page error, console error, or a
 * console warning that signals a broken worker. `playground` is the page object.
 */
export const test = base.extend<{ playground: PlaygroundPage }>({
  page: async ({ page }, use, testInfo) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.stack ?? error.message}`));
    page.on('console', (message) => {
      const fatalWarning = message.type() === 'warning' && FATAL_WARNINGS.some((p) => p.test(message.text()));
      if (message.type() === 'error' || fatalWarning) problems.push(describeConsole(message));
    });
    await use(page);
    if (problems.length > 0) {
      await testInfo.attach('console-problems', { body: problems.join('\n'), contentType: 'text/plain' });
    }
    expect(problems, 'page errors and console errors').toEqual([]);
  },
  playground: async ({ page }, use) => {
    await use(new PlaygroundPage(page));
  },
});

export { expect, type Page };
