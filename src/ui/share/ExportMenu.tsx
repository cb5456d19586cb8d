import { useRef } from 'react';
import { TEST_IDS } from '../testIds.ts';
import { MenuButton } from './MenuButton.tsx';
import { shareFeatures } from './shareFeaturesLoader.ts';

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
          { id: 'yaml', label: 'Download YAML', hint: '.yaml', testId: TEST_IDS.exportItem('yaml'), onSelect: () => shareFeatures.run((f) => f.downloadYaml()) },
          { id: 'open', label: 'Open YAML file…', hint: 'or drop it here', testId: TEST_IDS.exportItem('open'), onSelect: () => fileInput.current?.click() },
          { id: 'png', label: 'Graph as PNG', hint: '.png', testId: TEST_IDS.exportItem('png'), onSelect: () => shareFeatures.run((f) => void f.downloadGraph('png')) },
          { id: 'svg', label: 'Graph as SVG', hint: '.svg', testId: TEST_IDS.exportItem('svg'), onSelect: () => shareFeatures.run((f) => void f.downloadGraph('svg')) },
          { id: 'csv', label: 'Stats as CSV', hint: '.csv', testId: TEST_IDS.exportItem('csv'), onSelect: () => shareFeatures.run((f) => f.downloadStatsCsv()) },
          { id: 'markdown', label: 'Copy as Markdown', hint: 'YAML + results', testId: TEST_IDS.exportItem('markdown'), onSelect: () => shareFeatures.run((f) => void f.copyMarkdown()) },
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
          if (file) shareFeatures.run((f) => void f.openYamlFile(file));
        }}
      />
    </>
  );
}
