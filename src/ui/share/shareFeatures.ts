/**
 * What the Share and Export menus do once chosen: copy a link or Markdown, downloads, the graph
 * image, the embed code dialog. None of it is needed to paint the page, so it is one lazily
 * loaded chunk (shareFeaturesLoader.ts) with the permalink codec, the export formats and
 * html-to-image's loader; the menus themselves stay in the entry. So does opening a YAML file
 * (openYamlFile.ts, small): here, its imports made Rolldown 1.2 move React and the store out of
 * the entry into shared chunks.
 */
export { EmbedDialog } from './EmbedDialog.tsx';
export { downloadGraph } from './graphDownload.ts';
export { copyMarkdown, copyPermalink, downloadStatsCsv, downloadYaml } from './shareActions.ts';
