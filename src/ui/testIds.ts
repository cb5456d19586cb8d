/**
 * `data-testid` values, shared by the UI and the Playwright tests (e2e/testIds.ts re-exports
 * this module), so a rename cannot silently break a locator.
 */
export const TEST_IDS = {
  app: 'app',
  topBar: 'top-bar',
  scenarioPicker: 'scenario-picker',
  shareButton: 'share-button',
  exportButton: 'export-button',
  themeToggle: 'theme-toggle',
  helpButton: 'help-button',
  helpDialog: 'help-dialog',
  editorPanel: 'editor-panel',
  editorHost: 'editor-host',
  editorLoading: 'editor-loading',
  editorStatus: 'editor-status',
  problemSummary: 'problem-summary',
  cursorPosition: 'cursor-position',
  graphPanel: 'graph-panel',
  verticalSplitter: 'splitter-editor-graph',
  horizontalSplitter: 'splitter-main-bottom',
  bottomPanel: 'bottom-panel',
  problemsList: 'problems-list',
  problemItem: 'problem-item',
  /** `tab-stats`, `tab-trace`, … */
  tab: (id: string) => `tab-${id}`,
  /** `tabpanel-stats`, … */
  tabPanel: (id: string) => `tabpanel-${id}`,
} as const;
