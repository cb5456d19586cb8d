import type { PanelTab } from '../../state/slices/view.ts';

export const PANEL_LABELS: Record<PanelTab, string> = {
  stats: 'Stats',
  trace: 'Trace',
  problems: 'Problems',
  tests: 'Tests',
  hash: 'Hash',
};

/** What an empty pane says until its feature lands. */
export const PANEL_PLACEHOLDERS: Record<PanelTab, string> = {
  stats: 'Observed and expected shares per subset and pod will appear here once traffic flows.',
  trace: 'Send one request to see every routing decision it went through, with links into the YAML.',
  problems: '',
  tests: 'Expectations about the routing (e.g. "90 % of requests reach v2") and their results will appear here.',
  hash: 'Consistent-hash keys and the pods they land on will appear here when a DestinationRule uses hashing.',
};
