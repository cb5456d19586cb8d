import { Panel, ReactFlow, ReactFlowProvider, type NodeChange, type NodeMouseHandler } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { Suspense, useCallback, useRef } from 'react';
import { selectElement } from '../../state/actions/view.ts';
import { getAppState, useAppStore } from '../../state/store.ts';
import { lazyComponent } from '../lazy/lazyComponent.tsx';
import { lazyModule } from '../lazy/lazyModule.ts';
import { TEST_IDS } from '../testIds.ts';
import { useResolvedTheme } from '../theme/useResolvedTheme.ts';
import { edgeTypes } from './edges/edgeTypes.ts';
import { GraphCaption } from './GraphCaption.tsx';
import { HashLegend } from './HashLegend.tsx';
import type { GraphNode } from './model/graphTypes.ts';
import { nodeTypes } from './nodes/nodeTypes.ts';
import { revealNodeInEditor } from './yamlEdits/graphYaml.ts';
import { GraphToolbar } from './TransportControls.tsx';
import { FIT_VIEW_OPTIONS, useFitViewOnResize, useFitViewOnStructureChange } from './useFitViewOnStructureChange.ts';
import { useGraphElements } from './useGraphElements.ts';
import { useLodFocus } from './lod/useReducedGraph.ts';
import './graph.css';
import './nodes/nodes.css';
import './nodes/lod.css';
import './edges/edges.css';

/**
 * The traffic dots (canvas renderer) are their own chunk, requested as the graph mounts: the
 * first graph paint has no dots yet anyway, they follow the live traffic.
 */
const ParticleLayer = lazyComponent(lazyModule(() => import('../particles/ParticleLayer.tsx')), (m) => m.ParticleLayer);

/** Selects a node (store) and shows its YAML; from a click or from Enter/Space on a focused node. */
function activate(node: GraphNode): void {
  selectElement(node.id);
  revealNodeInEditor(node);
}

function FlowCanvas({ container }: { container: React.RefObject<HTMLDivElement | null> }) {
  const elements = useGraphElements();
  const theme = useResolvedTheme();
  const status = useAppStore((s) => s.engine.status);
  const nodes = elements?.nodes ?? [];
  const focus = useLodFocus(nodes);
  useFitViewOnStructureChange(nodes, focus);
  useFitViewOnResize(container, focus);

  const onNodeClick: NodeMouseHandler<GraphNode> = useCallback((_, node) => activate(node), []);
  // Keyboard selection (Enter on a focused node) arrives only as a selection change.
  const onNodesChange = useCallback((changes: NodeChange<GraphNode>[]) => {
    for (const change of changes) {
      if (change.type !== 'select' || !change.selected || change.id === getAppState().view.selectedElement) continue;
      const node = nodes.find((n) => n.id === change.id);
      if (node) activate(node);
    }
  }, [nodes]);

  return (
    <ReactFlow<GraphNode>
      nodes={nodes}
      edges={elements?.edges ?? []}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      onNodeClick={onNodeClick}
      onNodesChange={onNodesChange}
      onPaneClick={() => selectElement(null)}
      // No key bindings of React Flow's own: Space must reach the play/pause shortcut, and there
      // is nothing to delete or multi-select.
      panActivationKeyCode={null}
      selectionKeyCode={null}
      multiSelectionKeyCode={null}
      deleteKeyCode={null}
      zoomActivationKeyCode={null}
      nodesDraggable={false}
      nodesConnectable={false}
      edgesFocusable={false}
      elementsSelectable
      fitView
      fitViewOptions={FIT_VIEW_OPTIONS}
      minZoom={0.2}
      maxZoom={2.5}
      colorMode={theme}
      // The attribution link is in the toolbar, where it cannot sit on a subset box.
      proOptions={{ hideAttribution: true }}
      ariaLabelConfig={{ 'node.a11yDescription.default': 'Press Enter to select it and show its YAML.' }}
      data-testid={TEST_IDS.graphCanvas}
    >
      {!elements && (
        <Panel position="top-center" className="tg-status">{status === 'failed' ? 'The scenario has errors: see Problems.' : 'Compiling the scenario…'}</Panel>
      )}
      <Suspense fallback={null}><ParticleLayer /></Suspense>
    </ReactFlow>
  );
}

/**
 * The traffic graph: caption, toolbar (transport and zoom), the React Flow canvas with custom
 * nodes and edges, and the hash-key legend when consistent hashing colours the dots.
 */
export function TrafficGraph() {
  const canvas = useRef<HTMLDivElement>(null);
  return (
    <div className="traffic-graph">
      <ReactFlowProvider>
        <GraphCaption />
        <GraphToolbar />
        <div className="traffic-graph-canvas" ref={canvas}>
          <FlowCanvas container={canvas} />
        </div>
        <HashLegend />
      </ReactFlowProvider>
    </div>
  );
}
