/**
 * The graph as an image (React Flow's recipe): the bounds of the drawn nodes, a viewport that
 * fits them at 1:1, and html-to-image on `.react-flow__viewport` (nodes, edges and edge labels,
 * without controls, panels or the dots' canvas). Colours are the current theme's. html-to-image
 * loads on first use, so it stays out of the page's first download.
 */
import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';
import { slimSvgStyles } from './slimSvgStyles.ts';
import { SVG_EXPORT_STYLE_PROPERTIES } from './svgStyleProperties.ts';

const PADDING_PX = 32;
const KEEP_SVG_STYLES = new Set(SVG_EXPORT_STYLE_PROPERTIES);
const MAX_SIDE_PX = 4000;

/** Nodes as React Flow laid them out, read from the DOM (the exporter lives outside the flow's provider). */
function readDrawnNodes(viewport: HTMLElement): Node[] {
  return [...viewport.querySelectorAll<HTMLElement>('.react-flow__node')].map((el, i) => {
    const m = new DOMMatrixReadOnly(getComputedStyle(el).transform);
    return { id: el.dataset.id ?? String(i), position: { x: m.m41, y: m.m42 }, data: {}, measured: { width: el.offsetWidth, height: el.offsetHeight } };
  });
}

/** What an SVG shape takes from stylesheets; html-to-image clones SVG subtrees without their computed styles. */
const SVG_PROPERTIES = ['stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'stroke-linecap', 'fill', 'fill-opacity', 'opacity'] as const;

/** Runs `render` with every SVG shape's computed paint written inline, then removes exactly what it added. */
async function withInlinedSvgPaint<T>(root: HTMLElement, render: () => Promise<T>): Promise<T> {
  const added: [SVGElement, string][] = [];
  for (const el of root.querySelectorAll<SVGElement>('svg *')) {
    const computed = getComputedStyle(el);
    for (const name of SVG_PROPERTIES) {
      if (el.style.getPropertyValue(name)) continue;
      el.style.setProperty(name, computed.getPropertyValue(name));
      added.push([el, name]);
    }
  }
  try {
    return await render();
  } finally {
    for (const [el, name] of added) el.style.removeProperty(name);
  }
}

export async function renderGraphImage(format: 'png' | 'svg', root: ParentNode = document): Promise<string> {
  const viewport = root.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport) throw new Error('The graph is not on screen.');
  const nodes = readDrawnNodes(viewport);
  if (nodes.length === 0) throw new Error('The graph has nothing to export yet.');
  const bounds = getNodesBounds(nodes);
  const width = Math.min(MAX_SIDE_PX, Math.ceil(bounds.width + 2 * PADDING_PX));
  const height = Math.min(MAX_SIDE_PX, Math.ceil(bounds.height + 2 * PADDING_PX));
  const fit = getViewportForBounds(bounds, width, height, 0.2, 1, `${PADDING_PX}px`);
  const background = getComputedStyle(document.documentElement).getPropertyValue('--color-bg').trim() || '#ffffff';
  const options = {
    backgroundColor: background,
    width,
    height,
    skipFonts: true,
    pixelRatio: format === 'png' ? 2 : 1,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${fit.x}px, ${fit.y}px) scale(${fit.zoom})` },
  };
  const { toPng, toSvg } = await import('html-to-image');
  if (format === 'png') return withInlinedSvgPaint(viewport, () => toPng(viewport, options));
  const dataUrl = await withInlinedSvgPaint(viewport, () => toSvg(viewport, options));
  const comma = dataUrl.indexOf(',');
  const slim = slimSvgStyles(decodeURIComponent(dataUrl.slice(comma + 1)), KEEP_SVG_STYLES);
  return `${dataUrl.slice(0, comma)},${encodeURIComponent(slim)}`;
}

/** A data: URL as a Blob (SVG downloads keep their text; no size limit of data: links). */
export function dataUrlToBlob(dataUrl: string): Blob {
  const comma = dataUrl.indexOf(',');
  const header = dataUrl.slice(5, comma);
  const type = header.split(';')[0] || 'application/octet-stream';
  const payload = dataUrl.slice(comma + 1);
  if (header.includes(';base64')) {
    const bytes = Uint8Array.from(atob(payload), (c) => c.charCodeAt(0));
    return new Blob([bytes], { type });
  }
  return new Blob([decodeURIComponent(payload)], { type });
}
