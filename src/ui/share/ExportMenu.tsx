import { useRef } from 'react';
import { showNotice } from '../../share/notices.ts';
import { exportFileName } from '../../share/exportFormats.ts';
import { getAppState } from '../../state/store.ts';
import { TEST_IDS } from '../testIds.ts';
import { downloadFile } from './download.ts';
import { dataUrlToBlob, renderGraphImage } from './exportGraphImage.ts';
import { MenuButton } from './MenuButton.tsx';
import { openYamlFile } from './openYamlFile.ts';
import { copyMarkdown, downloadStatsCsv, downloadYaml } from './shareActions.ts';

async function downloadGraph(format: 'png' | 'svg'): Promise<void> {
  try {
    const dataUrl = await renderGraphImage(format);
    downloadFile(exportFileName(getAppState().scenario.scenarioId, `-graph.${format}`), dataUrlToBlob(dataUrl));
  } catch (error) {
    showNotice('error', `The graph could not be exported: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Export ▾ : YAML in and out, the graph as PNG or SVG, the stats as CSV, Markdown for an issue or a post. */
export function ExportMenu() {
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <>
      <MenuButton
        label="Export"
        title="Download or copy this scenario and its results"
        testId={TEST_IDS.exportButton}
        menuTestId={TEST_IDS.exportMenu}
        items={[
          { id: 'yaml', label: 'Download YAML', hint: '.yaml', testId: TEST_IDS.exportItem('yaml'), onSelect: downloadYaml },
          { id: 'open', label: 'Open YAML file…', hint: 'or drop it here', testId: TEST_IDS.exportItem('open'), onSelect: () => fileInput.current?.click() },
          { id: 'png', label: 'Graph as PNG', hint: '.png', testId: TEST_IDS.exportItem('png'), onSelect: () => void downloadGraph('png') },
          { id: 'svg', label: 'Graph as SVG', hint: '.svg', testId: TEST_IDS.exportItem('svg'), onSelect: () => void downloadGraph('svg') },
          { id: 'csv', label: 'Stats as CSV', hint: '.csv', testId: TEST_IDS.exportItem('csv'), onSelect: downloadStatsCsv },
          { id: 'markdown', label: 'Copy as Markdown', hint: 'YAML + results', testId: TEST_IDS.exportItem('markdown'), onSelect: () => void copyMarkdown() },
        ]}
      />
      <input
        ref={fileInput}
        type="file"
        accept=".yaml,.yml,.txt,application/yaml,application/x-yaml,text/yaml,text/plain"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid={TEST_IDS.yamlFileInput}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void openYamlFile(file);
        }}
      />
    </>
  );
}
