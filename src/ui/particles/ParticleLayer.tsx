import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useAppStore } from '../../state/store.ts';
import { subscribeParticles } from '../../worker/particleFeed.ts';
import { palettes } from '../theme/palette.ts';
import { useResolvedTheme } from '../theme/useResolvedTheme.ts';
import { TEST_IDS } from '../testIds.ts';
import { createParticleRenderer, type ParticleGeometry, type ParticleRenderer } from './createParticleRenderer.ts';
import { createColourResolver } from './particleColours.ts';
import { usePrefersReducedMotion } from './usePrefersReducedMotion.ts';
import './ParticleLayer.css';

/**
 * The traffic dots over the graph. Render it as a child of `<ReactFlow>`: it reads node
 * positions and the viewport from React Flow's store, and edge paths from the DOM (BaseEdge
 * gives each <path> its edge id), on every animation frame (no re-render),
 * and draws on one canvas. Off when the user prefers reduced motion; frozen while paused or
 * while the page is hidden.
 */
export function ParticleLayer() {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const rendererRef = useRef<ParticleRenderer | null>(null);
  const flow = useStoreApi();
  const theme = useResolvedTheme();
  const topology = useAppStore((s) => s.engine.topology);
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
    const geometry: ParticleGeometry = {
      centre(id) {
        const node = flow.getState().nodeLookup.get(id);
        if (!node) return undefined;
        const { x, y } = node.internals.positionAbsolute;
        const w = node.measured.width ?? node.width ?? 0;
        const h = node.measured.height ?? node.height ?? 0;
        return { x: x + w / 2, y: y + h / 2 };
      },
      // Edges are drawn by React Flow's BaseEdge, whose <path> carries the edge id.
      edgePath: (id) => {
        const el = document.getElementById(id);
        return el instanceof SVGPathElement ? el : null;
      },
      transform: () => flow.getState().transform,
      colour,
      errorColour: palettes[theme].status.error,
      haloColour: palettes[theme].chrome.bg,
    };
    rendererRef.current?.setGeometry(geometry);
  }, [flow, topology, theme]);

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
