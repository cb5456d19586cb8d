import { TEST_IDS } from '../../testIds.ts';
import type { NodeProps } from '@xyflow/react';
import type { ProxyGraphNode } from '../model/graphTypes.ts';
import { proxyTitle } from '../model/ariaLabels.ts';
import { NodeHandles } from './NodeHandles.tsx';
import { nodeClass } from './nodeClass.ts';

/**
 * Where the outbound decision is made: the sidecar or gateway Envoy (or kube-proxy without one),
 * its listener port, and which VirtualService applies (up to three lines, the rest in the tooltip).
 */
export function ProxyNode({ data, selected }: NodeProps<ProxyGraphNode>) {
  const { proxy } = data;
  const ignored = proxy.ignored.map((i) => `${i.name}: ${i.reason}`).join('\n');
  return (
    <div className={nodeClass('proxy', { selected, extra: `tg-proxy--${proxy.mode}` })} data-testid={TEST_IDS.graphNode('proxy')}>
      <NodeHandles />
      <span className="tg-title tg-two-lines" title={`${proxyTitle(proxy)}, outbound port ${proxy.port}`}>
        {proxyTitle(proxy)} <span className="tg-port mono">:{proxy.port}</span>
      </span>
      <span className="tg-summary" title={ignored ? `${proxy.summary}\nIgnored:\n${ignored}` : proxy.summary}>{proxy.summary}</span>
    </div>
  );
}
