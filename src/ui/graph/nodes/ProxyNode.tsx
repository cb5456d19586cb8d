import { TEST_IDS } from '../../testIds.ts';
import type { NodeProps } from '@xyflow/react';
import type { ProxyGraphNode } from '../model/graphTypes.ts';
import { proxyTitle } from '../model/ariaLabels.ts';
import { NodeHandles } from './NodeHandles.tsx';
import { Truncated } from './Truncated.tsx';
import { nodeClass } from './nodeClass.ts';

/** Where the outbound decision is made: the sidecar or gateway Envoy (or kube-proxy without one). */
export function ProxyNode({ data, selected }: NodeProps<ProxyGraphNode>) {
  const { proxy } = data;
  const ignored = proxy.ignored.map((i) => `${i.name}: ${i.reason}`).join('\n');
  return (
    <div className={nodeClass('proxy', { selected, extra: `tg-proxy--${proxy.mode}` })} data-testid={TEST_IDS.graphNode('proxy')}>
      <NodeHandles />
      <span className="tg-title tg-line">
        <span className="tg-proxy-kind">{proxyTitle(proxy)}</span>
        <span className="tg-port mono">:{proxy.port}</span>
      </span>
      <span className="tg-summary" title={ignored ? `${proxy.summary}\nIgnored:\n${ignored}` : proxy.summary}>{proxy.summary}</span>
    </div>
  );
}
