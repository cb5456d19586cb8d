import { Handle, Position } from '@xyflow/react';

/**
 * Invisible connection points: traffic enters on the left and leaves on the right. `targetY`
 * moves the entry point (a subset box receives edges at its header, not its middle).
 */
export function NodeHandles({ source = true, target = true, targetY }: { source?: boolean; target?: boolean; targetY?: number }) {
  return (
    <>
      {target && (
        <Handle type="target" position={Position.Left} isConnectable={false} className="tg-handle" style={targetY === undefined ? undefined : { top: targetY }} />
      )}
      {source && <Handle type="source" position={Position.Right} isConnectable={false} className="tg-handle" />}
    </>
  );
}
