import { Handle, Position } from '@xyflow/react';
import { KUBE_PROXY_HANDLE } from '../layout/graphGeometry.ts';

/**
 * Invisible connection points: traffic enters on the left and leaves on the right. `targetY`
 * moves the entry point (a subset box receives edges at its header, not its middle); a Service
 * also has a bottom handle for its kube-proxy edges.
 */
export function NodeHandles({ source = true, target = true, targetY, kubeProxy = false }: { source?: boolean; target?: boolean; targetY?: number; kubeProxy?: boolean }) {
  return (
    <>
      {target && (
        <Handle type="target" position={Position.Left} isConnectable={false} className="tg-handle" style={targetY === undefined ? undefined : { top: targetY }} />
      )}
      {source && <Handle type="source" position={Position.Right} isConnectable={false} className="tg-handle" />}
      {kubeProxy && <Handle id={KUBE_PROXY_HANDLE} type="source" position={Position.Bottom} isConnectable={false} className="tg-handle" />}
    </>
  );
}
