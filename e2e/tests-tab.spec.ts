import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { TEST_IDS } from './testIds.ts';

/**
 * A Test for the seed scenario, typed at the end of the editor: v2 gets about 90 %. One flow-style
 * line, because Monaco auto-indents every typed newline (block YAML would drift to the right).
 */
const TEST_DOC =
  '---\n{apiVersion: playground/v1, kind: Test, metadata: {name: v2-gets-most, namespace: infra-jinsu-lab}, ' +
  'spec: {from: sleep, request: "curl http://httpping-without-sidecar.infra-jinsu-lab:8080/ping", requests: 2000, ' +
  'expect: {status: 200, share: {subset: {v2: "90% ± 3"}}}}}\n';
const SHARE = 'subset v2: 90% ± 3';

function editorYaml(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { __itp: { yaml(): string } }).__itp.yaml());
}

async function setWeight(page: Page, subset: string, value: number): Promise<void> {
  await page.getByTestId(TEST_IDS.weightLabel(subset)).click();
  const slider = page.getByTestId(TEST_IDS.weightSlider(subset));
  await expect(slider).toBeVisible();
  await slider.fill(String(value));
  await expect.poll(() => editorYaml(page)).toContain(`weight: ${value}`);
  await page.keyboard.press('Escape');
}

test.describe('Tests tab', () => {
  test('an assertion turns red when the weight no longer satisfies it, green when restored', async ({ page, playground }) => {
    await playground.goto();
    await playground.waitForEditor();
    await playground.focusEditorEnd();
    await playground.insertText(TEST_DOC);
    await expect.poll(() => editorYaml(page)).toContain(TEST_DOC);

    await playground.tab('tests').click();
    const panel = playground.tabPanel('tests');
    const test_ = panel.getByTestId(TEST_IDS.testItem).filter({ hasText: 'v2-gets-most' });
    const share = panel.locator(`[data-testid="${TEST_IDS.testAssertion}"][data-label="${SHARE}"]`);
    await expect(share).toHaveAttribute('data-passed', 'true', { timeout: 10_000 });
    await expect(share).toContainText(/subset v2 got (8[7-9]|9[0-3])(\.\d)?% of 2000 requests/);
    await expect(test_).toHaveAttribute('data-passed', 'true');
    await expect(panel.getByTestId(TEST_IDS.testsSummary)).toHaveAttribute('data-failed', '0');

    // v1 35, v2 90: v2 now gets 90/125 = 72 % of the requests.
    await setWeight(page, 'v1', 35);
    await playground.tab('tests').click();
    await expect(share).toHaveAttribute('data-passed', 'false', { timeout: 10_000 });
    await expect(share).toContainText(/subset v2 got 7[0-4](\.\d)?% of 2000 requests .*expected 90% ± 3/);
    await expect(test_).toHaveAttribute('data-passed', 'false');
    await expect(panel.getByTestId(TEST_IDS.testsSummary)).toHaveAttribute('data-failed', '1');
    await page.screenshot({ path: 'test-results/screenshots/tests-tab-failing.png' });
    const axe = await new AxeBuilder({ page }).include(`[data-testid="${TEST_IDS.tabPanel('tests')}"]`).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // Restoring the weight turns it green again.
    await setWeight(page, 'v1', 10);
    await playground.tab('tests').click();
    await expect(share).toHaveAttribute('data-passed', 'true', { timeout: 10_000 });
    await expect(test_).toHaveAttribute('data-passed', 'true');
  });

  test('a failing assertion shows the trace of a request that broke it in the Trace tab', async ({ page, playground }) => {
    await playground.goto();
    await playground.waitForEditor();
    await playground.focusEditorEnd();
    await playground.insertText(TEST_DOC.replace('90% ± 3', '100%'));
    await expect.poll(() => editorYaml(page)).toContain('v2: "100%"');

    await playground.tab('tests').click();
    const failing = playground.tabPanel('tests').locator(`[data-testid="${TEST_IDS.testAssertion}"][data-passed="false"]`);
    await expect(failing).toContainText('subset v2: 100%', { timeout: 10_000 });
    await failing.getByTestId(TEST_IDS.testShowTrace).click();

    await expect(playground.tab('trace')).toHaveAttribute('aria-selected', 'true');
    const trace = playground.tabPanel('trace');
    await expect(trace.getByTestId(TEST_IDS.traceSummary)).toContainText(/request \d+ of Test v2-gets-most/);
    // The request that broke "v2: 100%" went to v1: its weighted pick says so.
    await expect(trace.locator(`[data-testid="${TEST_IDS.traceStep}"][data-stage="weightedPick"]`)).toContainText('|v1|');
    await expect(trace.getByTestId(TEST_IDS.traceCurl)).toHaveValue('curl http://httpping-without-sidecar.infra-jinsu-lab:8080/ping');
  });
});
