import { exportFileName } from '../../share/exportFormats.ts';
import { showNotice } from '../../share/notices.ts';
import { getAppState } from '../../state/store.ts';
import { downloadFile } from './download.ts';
import { dataUrlToBlob, renderGraphImage } from './exportGraphImage.ts';

/** Export ▾ "Graph as PNG/SVG": renders the graph and downloads it, or says why it could not. */
export async function downloadGraph(format: 'png' | 'svg'): Promise<void> {
  try {
    const dataUrl = await renderGraphImage(format);
    downloadFile(exportFileName(getAppState().scenario.scenarioId, `-graph.${format}`), dataUrlToBlob(dataUrl));
  } catch (error) {
    showNotice('error', `The graph could not be exported: ${error instanceof Error ? error.message : String(error)}`);
  }
}
