/**
 * html-to-image writes every computed property (and every CSS variable) into each element's
 * `style`, ~9 MB for the graph. This keeps only the listed properties, working on the SVG text:
 * attribute values are XML-escaped, so they are unescaped before splitting and escaped again.
 */
export function slimSvgStyles(svg: string, keep: ReadonlySet<string>): string {
  return svg.replace(/ style="([^"]*)"/g, (_, escaped: string) => {
    const kept = splitDeclarations(unescapeXml(escaped)).filter((decl) => {
      const colon = decl.indexOf(':');
      return colon > 0 && keep.has(decl.slice(0, colon).trim().toLowerCase());
    });
    return kept.length > 0 ? ` style="${escapeXml(kept.join('; '))}"` : '';
  });
}

function unescapeXml(text: string): string {
  return text.replace(/&(quot|apos|lt|gt|#39|amp);/g, (_, name: string) => ({ quot: '"', apos: "'", '#39': "'", lt: '<', gt: '>', amp: '&' })[name]!);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Splits `a: 1; b: url("x;y")` on semicolons outside parentheses and quotes. */
export function splitDeclarations(css: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ';' && depth === 0) {
      out.push(css.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(css.slice(start).trim());
  return out.filter(Boolean);
}
