import type { HTTPMatchRequest, StringMatch } from '../model/istio.ts';

/** Short human form of a route's match blocks for graph labels: `uri prefix /api · headers end-user = jason`. */
export function summarizeMatches(blocks: HTTPMatchRequest[] | undefined): string {
  if (!blocks || blocks.length === 0) return 'any request';
  return blocks.map(summarizeBlock).join(' or ');
}

function summarizeBlock(m: HTTPMatchRequest): string {
  const parts: string[] = [];
  const sm = (label: string, s: StringMatch | undefined) => {
    const t = stringMatch(s);
    if (t) parts.push(`${label} ${t}`);
  };
  sm('uri', m.uri);
  sm('method', m.method);
  sm('authority', m.authority);
  sm('scheme', m.scheme);
  for (const [k, v] of Object.entries(m.headers ?? {})) parts.push(`headers ${k} ${stringMatch(v) || 'present'}`);
  for (const [k, v] of Object.entries(m.withoutHeaders ?? {})) parts.push(`without headers ${k} ${stringMatch(v) || 'present'}`);
  for (const [k, v] of Object.entries(m.queryParams ?? {})) parts.push(`query ${k} ${stringMatch(v) || 'present'}`);
  if (typeof m.port === 'number') parts.push(`port ${m.port}`);
  if (m.sourceLabels) parts.push(`from ${Object.entries(m.sourceLabels).map(([k, v]) => `${k}=${v}`).join(',')}`);
  if (m.sourceNamespace) parts.push(`from namespace ${m.sourceNamespace}`);
  if (m.ignoreUriCase) parts.push('(case-insensitive uri)');
  return parts.length ? parts.join(' · ') : 'any request';
}

function stringMatch(s: StringMatch | undefined): string {
  if (!s || typeof s !== 'object') return '';
  if (typeof s.exact === 'string') return `= ${s.exact}`;
  if (typeof s.prefix === 'string') return `prefix ${s.prefix}`;
  if (typeof s.regex === 'string') return `~ ${s.regex}`;
  return '';
}
