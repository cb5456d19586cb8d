/**
 * What the Share and Export menus and the file drop do once chosen: copy a link or Markdown,
 * downloads, the graph image, opening a YAML file, the embed code dialog. None of it is needed
 * to paint the page, so it is one lazily loaded chunk (shareFeaturesLoader.ts) with the
 * permalink codec, the export formats and html-to-image's loader; the menus themselves, the
 * notice banner and the drop listener stay in the entry.
 */
export { EmbedDialog } from './EmbedDialog.tsx';
export { downloadGraph } from './graphDownload.ts';
export { openYamlFile } from './openYamlFile.ts';
export { copyMarkdown, copyPermalink, downloadStatsCsv, downloadYaml } from './shareActions.ts';
