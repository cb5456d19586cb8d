import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useAppStore } from '../../state/store.ts';
import { subscribeParticles } from '../../worker/particleFeed.ts';
import { palettes } from '../theme/palette.ts';
import { useResolvedTheme } from '../theme/useResolvedTheme.ts';
import { SUBSET_BOX } from '../graph/layout/graphGeometry.ts';
import { useReducedGraph } from '../graph/lod/useReducedGraph.ts';
import { TEST_IDS } from '../testIds.ts';
import { createParticleRenderer, type ParticleGeometry, type ParticleRenderer } from './createParticleRenderer.ts';
import { createColourResolver } from './particleColours.ts';
import { usePrefersReducedMotion } from './usePrefersReducedMotion.ts';
import './ParticleLayer.css';

/**
 * The traffic dots over the graph. Render it as a child of `<ReactFlow>`: it reads node
 * positions and the viewport from React Flow's store, and edge paths from the DOM (BaseEdge
 * gives each <path> its edge id), on every animation frame (no re-render),
 * and draws on one canvas. The canvas lies over the nodes, but the renderer erases the dots
 * under every node and edge label, so they are only seen on the edges. Off when the user prefers reduced motion; frozen while paused or
 * while the page is hidden.
 */
export function ParticleLayer() {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const rendererRef = useRef<ParticleRenderer | null>(null);
  const flow = useStoreApi();
  const theme = useResolvedTheme();
  const topology = useAppStore((s) => s.engine.topology);
  // A large mesh draws only part of the topology: dots bound for what is not drawn go to the node standing for it.
  const reduced = useReducedGraph();
  const playing = useAppStore((s) => s.view.playing);
  const reducedMotion = usePrefersReducedMotion();

  useEffect(() => {
    const renderer = createParticleRenderer({ canvas: canvasRef.current! });
    rendererRef.current = renderer;
    return () => {
      renderer.destroy();
      rendererRef.current = null;
    };
  }, []);

  useEffect(() => {
    const colour = createColourResolver(topology, theme);
    const drawn = (id: string) => reduced?.nodeAlias.get(id) ?? id;
    const box = (id: string) => {
      const node = flow.getState().nodeLookup.get(drawn(id));
      if (!node) return undefined;
      const { x, y } = node.internals.positionAbsolute;
      return { x, y, width: node.measured.width ?? node.width ?? 0, height: node.measured.height ?? node.height ?? 0, type: node.type, parentId: node.parentId };
    };
    const geometry: ParticleGeometry = {
      centre(id) {
        const b = box(id);
        return b && { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      },
      bounds: box,
      // Inside a subset box: down the left gutter to the pod's row, then into the pod.
      inner(id, childId, from) {
        // A pod of a box that shows a summary (or anything the "more" node stands for): the dot ends where it came in.
        if (drawn(childId) === drawn(id)) return [from, from];
        const parent = box(id);
        const child = box(childId);
        if (parent?.type !== 'subset' || !child || child.parentId !== id) return undefined;
        const gutter = parent.x + SUBSET_BOX.padLeft / 2;
        const row = child.y + child.height / 2;
        return [from, { x: gutter, y: from.y }, { x: gutter, y: row }, { x: child.x, y: row }, { x: child.x + child.width / 2, y: row }];
      },
      occluders() {
        const canvas = canvasRef.current;
        const { nodeLookup, transform: [tx, ty, zoom] } = flow.getState();
        const out: { x: number; y: number; width: number; height: number; radius: number | number[] }[] = [];
        for (const node of nodeLookup.values()) {
          if (node.hidden) continue;
          const { x, y } = node.internals.positionAbsolute;
          const width = node.measured.width ?? node.width ?? 0;
          const subset = node.type === 'subset';
          const data = node.internals.userNode.data as { headerHeight?: number; summary?: { expanded: boolean } };
          const full = node.measured.height ?? node.height ?? 0;
          // A box's header hides the dots (below it they run down to the pods), a summarising box all of it.
          const height = subset && !(data.summary && !data.summary.expanded) ? (data.headerHeight ?? SUBSET_BOX.header) : full;
          // A subset box's header: rounded at the top only (the gutter below it is open).
          const radius = subset ? [10 * zoom, 10 * zoom, 0, 0] : (node.type === 'pod' ? 6 : 8) * zoom;
          out.push({ x: x * zoom + tx, y: y * zoom + ty, width: width * zoom, height: height * zoom, radius });
        }
        // Edge labels (weight labels and their sliders, 'kube-proxy: random').
        const container = canvas?.parentElement;
        if (canvas && container) {
          const origin = canvas.getBoundingClientRect();
          for (const el of container.querySelectorAll('.tg-weight-label, .tg-weight-slider, .tg-edge-label')) {
            const r = el.getBoundingClientRect();
            out.push({ x: r.x - origin.x, y: r.y - origin.y, width: r.width, height: r.height, radius: 6 * zoom });
          }
        }
        return out;
      },
      // Edges are drawn by React Flow's BaseEdge, whose <path> carries the edge id.
      edgePath: (id) => {
        const el = document.getElementById(id) ?? document.getElementById(reduced?.edgeAlias.get(id) ?? '');
        return el instanceof SVGPathElement ? el : null;
      },
      transform: () => flow.getState().transform,
      colour,
      errorColour: palettes[theme].status.error,
      haloColour: palettes[theme].chrome.bg,
    };
    rendererRef.current?.setGeometry(geometry);
  }, [flow, topology, theme, reduced]);

  useEffect(() => {
    const renderer = rendererRef.current;
    if (!renderer) return;
    if (reducedMotion) {
      renderer.clear();
      return;
    }
    return subscribeParticles((batch) => renderer.push(batch));
  }, [reducedMotion]);

  useEffect(() => {
    const sync = () => rendererRef.current?.setActive(playing && !document.hidden);
    sync();
    document.addEventListener('visibilitychange', sync);
    return () => document.removeEventListener('visibilitychange', sync);
  }, [playing]);

  return <canvas ref={canvasRef} className="particle-layer" aria-hidden="true" data-testid={TEST_IDS.particleLayer} />;
}
