/**
 * The CSS properties an exported SVG keeps per element. html-to-image otherwise inlines every
 * computed property (~350) on every element, which makes the graph's SVG ~9 MB; these are the
 * ones the graph's nodes, edges and labels actually use.
 */
export const SVG_EXPORT_STYLE_PROPERTIES: readonly string[] = [
  'display', 'position', 'top', 'right', 'bottom', 'left', 'z-index', 'box-sizing', 'visibility', 'opacity',
  'width', 'height', 'min-width', 'min-height', 'max-width', 'max-height',
  'margin-top', 'margin-right', 'margin-bottom', 'margin-left',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
  'border-top-style', 'border-right-style', 'border-bottom-style', 'border-left-style',
  'border-top-color', 'border-right-color', 'border-bottom-color', 'border-left-color',
  'border-top-left-radius', 'border-top-right-radius', 'border-bottom-right-radius', 'border-bottom-left-radius',
  'background-color', 'background-image', 'box-shadow', 'outline-style', 'outline-width', 'outline-color',
  'flex-direction', 'flex-wrap', 'flex-grow', 'flex-shrink', 'flex-basis', 'align-items', 'align-self', 'justify-content',
  'row-gap', 'column-gap', 'grid-template-columns', 'grid-template-rows', 'grid-column-start', 'grid-column-end',
  'overflow-x', 'overflow-y', 'transform', 'transform-origin',
  'color', 'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant-numeric', 'line-height', 'letter-spacing',
  'text-align', 'text-decoration-line', 'text-overflow', 'text-transform', 'white-space', 'word-break', 'overflow-wrap', 'vertical-align',
  '-webkit-line-clamp', '-webkit-box-orient',
  'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'stroke-linecap', 'fill', 'fill-opacity', 'pointer-events',
  // Chrome serialises computed styles with shorthands where it can.
  'inset', 'margin', 'padding', 'border', 'border-top', 'border-right', 'border-bottom', 'border-left',
  'border-width', 'border-style', 'border-color', 'border-radius', 'outline', 'background', 'font', 'font-variant',
  'font-feature-settings', 'flex', 'flex-flow', 'gap', 'place-items', 'place-content', 'grid-template', 'grid-area',
  'grid-column', 'grid-row', 'overflow', 'text-decoration', 'text-underline-offset', 'white-space-collapse',
  'text-wrap', 'text-wrap-mode', 'line-clamp', 'list-style', 'border-collapse', 'table-layout',
];
