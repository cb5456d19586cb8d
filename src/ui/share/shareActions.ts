/**
 * What the Share and Export menus do, as plain functions (menus, Ctrl+S and tests call them).
 * They read the store; nothing here keeps state.
 */
import { scenarios } from '../../scenarios/index.ts';
import { captureSharedState } from '../../share/captureSharedState.ts';
import { exportFileName, scenarioToMarkdown, statsToCsv } from '../../share/exportFormats.ts';
import { showNotice } from '../../share/notices.ts';
import { appBaseUrl, permalinkUrl } from '../../share/shareUrls.ts';
import { commitYamlNow } from '../../state/actions/scenario.ts';
import { getAppState } from '../../state/store.ts';
import { buildStatsView } from '../panels/stats/statsModel.ts';
import { copyText } from './clipboard.ts';
import { downloadFile } from './download.ts';

/** The permalink of what is on screen now (text as typed, not waiting for the commit delay). */
export function currentPermalink(): string {
  commitYamlNow();
  return permalinkUrl(appBaseUrl(window.location), captureSharedState(getAppState()));
}

export function currentScenarioTitle(): string | null {
  const id = getAppState().scenario.scenarioId;
  return scenarios.find((s) => s.id === id)?.title ?? null;
}

export async function copyPermalink(): Promise<boolean> {
  const url = currentPermalink();
  const ok = await copyText(url);
  if (!ok) showNotice('error', 'The browser did not allow copying to the clipboard. The address bar holds the same link.');
  return ok;
}

export function downloadYaml(): void {
  const { yaml, scenarioId } = getAppState().scenario;
  downloadFile(exportFileName(scenarioId, '.yaml'), yaml, 'application/yaml;charset=utf-8');
}

function currentStats() {
  const { topology, live } = getAppState().engine;
  return buildStatsView(topology, live);
}

export function downloadStatsCsv(): void {
  downloadFile(exportFileName(getAppState().scenario.scenarioId, '-stats.csv'), statsToCsv(currentStats()), 'text/csv;charset=utf-8');
}

export async function copyMarkdown(): Promise<boolean> {
  const app = getAppState();
  const markdown = scenarioToMarkdown({ title: currentScenarioTitle(), yaml: app.scenario.yaml, stats: currentStats(), seed: app.view.seed, link: currentPermalink() });
  const ok = await copyText(markdown);
  showNotice(ok ? 'info' : 'error', ok ? 'Copied the YAML and a results table as Markdown.' : 'The browser did not allow copying to the clipboard.');
  return ok;
}
