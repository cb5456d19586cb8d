import { describe, expect, it } from 'vitest';
import type { StatsView } from '../ui/panels/stats/statsModel.ts';
import { csvField, exportFileName, scenarioToMarkdown, statsToCsv } from './exportFormats.ts';

const row = (name: string, label: string, count: number, share: number, expected: number) => ({
  id: `cluster:${name}`, name, label, detail: 'ROUND_ROBIN', colourIndex: 0, count, share, expected, band: [expected - 0.02, expected + 0.02] as [number, number], outside: false,
});

const stats: StatsView = {
  total: 1000,
  subsets: [row('v1', 'v1', 97, 0.097, 0.1), row('v2', 'v2', 903, 0.903, 0.9)],
  pods: [row('httpping-v1-abc', '…abc', 97, 0.097, 0.1)],
  status: [{ code: '200', label: 'OK', count: 1000, share: 1, ok: true }],
  series: [],
};

describe('exports', () => {
  it('writes the stats as CSV, one row per subset, pod and status', () => {
    expect(statsToCsv(stats).split('\r\n')).toEqual([
      'section,name,detail,requests,observed_share,expected_share,chance_low,chance_high',
      'subset,v1,ROUND_ROBIN,97,0.0970,0.1000,0.0800,0.1200',
      'subset,v2,ROUND_ROBIN,903,0.9030,0.9000,0.8800,0.9200',
      'pod,httpping-v1-abc,ROUND_ROBIN,97,0.0970,0.1000,0.0800,0.1200',
      'status,200,OK,1000,1.0000,,,',
      'total,,,1000,,,,',
      '',
    ]);
  });

  it('quotes CSV fields and defuses spreadsheet formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField(-3)).toBe('-3');
  });

  it('writes Markdown: the YAML in a fence, a results table, the link', () => {
    const md = scenarioToMarkdown({ title: 'Weighted split', yaml: 'kind: Service\n', stats, seed: 7, link: 'https://x.test/#v1/abc' });
    expect(md).toBe([
      '**Weighted split**: 1,000 requests, seed 7',
      '',
      '```yaml',
      'kind: Service',
      '```',
      '',
      '| Subset | Requests | Observed | Expected |',
      '| --- | ---: | ---: | ---: |',
      '| v1 | 97 | 9.7 % | 10.0 % |',
      '| v2 | 903 | 90.3 % | 90.0 % |',
      '',
      '| Status | Requests | Share |',
      '| --- | ---: | ---: |',
      '| 200 OK | 1,000 | 100 % |',
      '',
      '[Open in Istio Traffic Playground](https://x.test/#v1/abc)',
      '',
    ].join('\n'));
  });

  it('keeps a YAML with backticks inside its fence and pipes inside their cell', () => {
    const md = scenarioToMarkdown({ title: 'a|b', yaml: 'x: "```"\n', stats: { ...stats, subsets: [row('v|1', 'v|1', 1, 1, 1)] }, seed: 1, link: 'l' });
    expect(md).toContain('````yaml\nx: "```"\n````');
    expect(md).toContain('| v\\|1 |');
    expect(md).toContain('**a\\|b**');
  });

  it('names files after the example', () => {
    expect(exportFileName('seed', '.yaml')).toBe('seed.yaml');
    expect(exportFileName(null, '-graph.png')).toBe('scenario-graph.png');
    expect(exportFileName('../x', '.csv')).toBe('scenario.csv');
  });
});
