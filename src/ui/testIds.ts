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
  graphCanvas: 'graph-canvas',
  graphCaption: 'graph-caption',
  yamlErrorBadge: 'yaml-error-badge',
  transportControls: 'transport-controls',
  sidecarBadge: 'sidecar-badge',
  /** `graph-node-client`, `graph-node-pod`, … (one per node kind). */
  graphNode: (kind: string) => `graph-node-${kind}`,
  /** A large mesh's subset box: its pods in one row (data-pods, data-ready, data-served) and its show/hide button. */
  podSummary: 'pod-summary',
  podSummaryToggle: 'pod-summary-toggle',
  /** The graph toolbar's note on a large mesh's level of detail. */
  lodStatus: 'lod-status',
  /** The "+K more Services" node's "show more" button. */
  moreServices: 'more-services',
  /** The weight label of the edge into subset `v1`: `weight-label-v1`. */
  weightLabel: (subset: string) => `weight-label-${subset}`,
  weightSlider: (subset: string) => `weight-slider-${subset}`,
  /** The traffic dots' canvas over the graph. */
  particleLayer: 'particle-layer',
  statsPanel: 'stats-panel',
  statsTotal: 'stats-total',
  statsReset: 'stats-reset',
  /** One per subset; attributes data-name, data-count, data-share, data-expected (fractions). */
  statsSubsetRow: 'stats-subset-row',
  /** Under a stats table of a large mesh: '+N more pods · X requests' (data-rows). */
  statsMore: 'stats-more',
  /** One per pod; same attributes (data-name is the full pod name). */
  statsPodRow: 'stats-pod-row',
  /** One per HTTP status; data-code, data-count. */
  statsStatusItem: 'stats-status-item',
  statsSeries: 'stats-series',
  statsHashKeyRow: 'stats-hash-key-row',
  tracePanel: 'trace-panel',
  traceClient: 'trace-client',
  traceCurl: 'trace-curl',
  traceSend: 'trace-send',
  traceSummary: 'trace-summary',
  traceSteps: 'trace-steps',
  /** One per step; data-stage. */
  traceStep: 'trace-step',
  /** The YAML reference button of a step; data-line. */
  traceStepRef: 'trace-step-ref',
  testsPanel: 'tests-panel',
  /** data-passed, data-failed: test counts. */
  testsSummary: 'tests-summary',
  /** One per Test; data-name, data-passed. */
  testItem: 'test-item',
  /** One per expectation; data-label, data-passed. */
  testAssertion: 'test-assertion',
  testShowTrace: 'test-show-trace',
  /** Share and Export menus (their buttons are shareButton and exportButton). */
  shareMenu: 'share-menu',
  copyLink: 'copy-link',
  openEmbedDialog: 'open-embed-dialog',
  embedDialog: 'embed-dialog',
  embedSnippet: 'embed-snippet',
  embedCopy: 'embed-copy',
  embedPreview: 'embed-preview',
  exportMenu: 'export-menu',
  /** `export-yaml`, `export-png`, `export-svg`, `export-csv`, `export-markdown`, `export-open`. */
  exportItem: (id: string) => `export-${id}`,
  yamlFileInput: 'yaml-file-input',
  dropOverlay: 'drop-overlay',
  /** Top bar: bring back the text a link, an example or a file replaced; the Recent ▾ history. */
  restorePrevious: 'restore-previous',
  recentButton: 'recent-button',
  recentMenu: 'recent-menu',
  recentItem: 'recent-item',
  /** The dismissible message about a link or a file; data-kind="error" | "info". */
  noticeBanner: 'notice-banner',
  /** Embed mode (`?embed=1`): the compact app; data-playing, data-view. */
  embedApp: 'embed-app',
  /** The thin stats strip; data-count (requests). */
  embedStats: 'embed-stats',
  embedPlay: 'embed-play',
  embedOpenLink: 'embed-open-link',
  /** Hash tab: the panel, its cluster picker, the chart (data-algorithm), one marker per key (data-label, data-pod). */
  hashPanel: 'hash-panel',
  hashClusterPicker: 'hash-cluster-picker',
  hashChart: 'hash-chart',
  hashKeyMarker: 'hash-key-marker',
  /** One per pod; data-name, data-share (fraction). */
  hashShareRow: 'hash-share-row',
  /** "Keys that moved": the list and one item per key (data-label, data-from, data-to). */
  hashMoved: 'hash-moved',
  hashMovedItem: 'hash-moved-item',
  hashEmpty: 'hash-empty',
  /** `tab-stats`, `tab-trace`, … */
  tab: (id: string) => `tab-${id}`,
  /** `tabpanel-stats`, … */
  tabPanel: (id: string) => `tabpanel-${id}`,
} as const;
