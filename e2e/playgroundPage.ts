import { expect, type Locator, type Page } from '@playwright/test';
import { TEST_IDS } from './testIds.ts';

type PanelTab = 'stats' | 'trace' | 'problems' | 'tests' | 'hash';

/** Page object for the playground: locators by test id and the few multi-step actions tests share. */
export class PlaygroundPage {
  readonly app: Locator;
  readonly editorPanel: Locator;
  readonly editor: Locator;
  readonly graphPanel: Locator;
  readonly bottomPanel: Locator;
  readonly verticalSplitter: Locator;
  readonly horizontalSplitter: Locator;
  readonly problemSummary: Locator;
  readonly themeToggle: Locator;
  readonly helpButton: Locator;
  readonly helpDialog: Locator;
  readonly scenarioPicker: Locator;

  constructor(readonly page: Page) {
    const id = (testId: string) => page.getByTestId(testId);
    this.app = id(TEST_IDS.app);
    this.editorPanel = id(TEST_IDS.editorPanel);
    this.editor = id(TEST_IDS.editorHost);
    this.graphPanel = id(TEST_IDS.graphPanel);
    this.bottomPanel = id(TEST_IDS.bottomPanel);
    this.verticalSplitter = id(TEST_IDS.verticalSplitter);
    this.horizontalSplitter = id(TEST_IDS.horizontalSplitter);
    this.problemSummary = id(TEST_IDS.problemSummary);
    this.themeToggle = id(TEST_IDS.themeToggle);
    this.helpButton = id(TEST_IDS.helpButton);
    this.helpDialog = id(TEST_IDS.helpDialog);
    this.scenarioPicker = id(TEST_IDS.scenarioPicker);
  }

  tab(tab: PanelTab): Locator {
    return this.page.getByTestId(TEST_IDS.tab(tab));
  }

  tabPanel(tab: PanelTab): Locator {
    return this.page.getByTestId(TEST_IDS.tabPanel(tab));
  }

  /** Opens the app (optionally with a query string) and waits for the shell. */
  async goto(search = ''): Promise<void> {
    await this.page.goto(`./${search}`);
    await expect(this.app).toBeVisible();
  }

  /** Waits until Monaco is mounted and shows text. */
  async waitForEditor(): Promise<void> {
    await expect(this.editorPanel).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
    await expect(this.editor.locator('.view-lines')).not.toBeEmpty();
  }

  /** Puts the cursor at the end of the document. */
  async focusEditorEnd(): Promise<void> {
    await this.editor.locator('.view-lines').click();
    await this.page.keyboard.press('ControlOrMeta+End');
  }

  /** Types text into the editor (insertText: `keyboard.type` races the suggest widget). */
  async insertText(text: string): Promise<void> {
    await this.page.keyboard.insertText(text);
  }

  /** Selects the first occurrence of `text` with Monaco's find widget (works for lines out of view). */
  async selectInEditor(text: string): Promise<void> {
    await this.editor.locator('.view-lines').click();
    await this.page.keyboard.press('ControlOrMeta+Home');
    await this.page.keyboard.press('ControlOrMeta+F');
    await expect(this.page.locator('.find-widget textarea, .find-widget input').first()).toBeFocused();
    await this.page.keyboard.insertText(text);
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.press('Escape');
  }

  /** The whole scenario text (the editor renders only the lines in view). */
  async yaml(): Promise<string> {
    return this.page.evaluate(() => (window as Window & { __itp?: { yaml(): string } }).__itp?.yaml() ?? '');
  }

  /** Waits until the engine runs the editor's current text (its answer for the last edit arrived). */
  async waitForEngine(): Promise<void> {
    await expect
      .poll(() => this.page.evaluate(() => (window as Window & { __itp?: { engineSynced(): boolean } }).__itp?.engineSynced() ?? false), { timeout: 10_000 })
      .toBe(true);
  }

  /** Routes the next `count` requests at once (exact numbers for comparisons). */
  async runRequests(count: number): Promise<void> {
    await this.page.evaluate((n) => (window as Window & { __itp?: { runRequests(n: number): void } }).__itp?.runRequests(n), count);
  }

  async editorText(): Promise<string> {
    return (await this.editor.locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
  }

  async splitterValue(splitter: Locator): Promise<number> {
    return Number(await splitter.getAttribute('aria-valuenow'));
  }

  async theme(): Promise<string | null> {
    return this.page.locator('html').getAttribute('data-theme');
  }
}
