/**
 * The Hash view's tooltip for a key marker (hover or keyboard focus): the key, its 64-bit hash
 * in decimal and hex, where it lands and the pod. Text nodes only.
 */
import type { KeyPlacement } from '../../../engine/topology/describeHashSpace.ts';
import type { HashSpaceView } from '../../../worker/protocol.ts';

export interface HashTooltip {
  show(key: KeyPlacement, space: HashSpaceView, podName: string, x: number, y: number): void;
  hide(): void;
  destroy(): void;
}

/** One line per fact; the first is the key. */
export function keyFacts(key: KeyPlacement, space: HashSpaceView, podName: string): string[] {
  const where = space.algorithm === 'MAGLEV'
    ? `hash % ${space.size} = slot ${key.index}`
    : `${(key.position * 100).toFixed(2)} % around the ring → point ${key.index + 1} of ${space.size}`;
  const address = space.endpoints[key.endpoint]?.address ?? '';
  return [key.label, `xxh64 = ${key.hash}`, `0x${key.hex}`, where, `→ ${podName}${address ? ` (${address})` : ''}`];
}

/** A sentence for screen readers: the same facts. */
export function keyAccessibleName(key: KeyPlacement, space: HashSpaceView, podName: string): string {
  const [label, hash, hex, where, pod] = keyFacts(key, space, podName);
  return `${label}: ${hash} (${hex}), ${where}, ${pod.replace('→ ', 'lands on ')}`;
}

export function createHashTooltip(host: HTMLElement): HashTooltip {
  const tip = document.createElement('div');
  tip.className = 'hash-tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  host.appendChild(tip);
  return {
    show(key, space, podName, x, y) {
      tip.replaceChildren(...keyFacts(key, space, podName).map((line, i) => {
        const el = document.createElement(i === 0 ? 'strong' : 'span');
        el.textContent = line;
        return el;
      }));
      tip.hidden = false;
      const w = tip.offsetWidth;
      const h = tip.offsetHeight;
      const left = Math.max(0, Math.min(x + 12, host.clientWidth - w - 4));
      const top = y + 12 + h > host.clientHeight ? Math.max(0, y - h - 8) : y + 12;
      tip.style.left = `${left}px`;
      tip.style.top = `${top}px`;
    },
    hide() {
      tip.hidden = true;
    },
    destroy() {
      tip.remove();
    },
  };
}
