import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import './Splitter.css';

export interface SplitterProps {
  /** 'vertical': a vertical bar between left and right panes; 'horizontal': between top and bottom. */
  orientation: 'vertical' | 'horizontal';
  /** Size of the controlled pane in percent of the container. */
  value: number;
  min: number;
  max: number;
  onChange: (percent: number) => void;
  /** The element whose size is 100 %. */
  getContainer: () => HTMLElement | null;
  /** The controlled pane is after the splitter (right or below), so moving the bar shrinks it. */
  controlsTrailingPane?: boolean;
  label: string;
  /** id of the pane being resized (aria-controls). */
  controls: string;
  testId?: string;
}

const STEP = 2;
const BIG_STEP = 10;

/**
 * A window splitter (WAI-ARIA "separator" pattern): drag with the pointer, or focus it and use
 * the arrow keys (Shift for bigger steps), Home and End.
 */
export function Splitter(props: SplitterProps) {
  const { orientation, value, min, max, onChange, getContainer, controlsTrailingPane = false } = props;
  const dragging = useRef(false);

  function percentAt(event: PointerEvent): number | null {
    const rect = getContainer()?.getBoundingClientRect();
    if (!rect || rect.width === 0 || rect.height === 0) return null;
    const fraction = orientation === 'vertical'
      ? (event.clientX - rect.left) / rect.width
      : (event.clientY - rect.top) / rect.height;
    return (controlsTrailingPane ? 1 - fraction : fraction) * 100;
  }

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    dragging.current = true;
    document.documentElement.dataset.resizing = orientation;
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    if (!dragging.current) return;
    const percent = percentAt(event);
    if (percent !== null) onChange(Math.round(percent * 10) / 10);
  }

  function endDrag(event: PointerEvent<HTMLDivElement>) {
    if (!dragging.current) return;
    dragging.current = false;
    delete document.documentElement.dataset.resizing;
    if (event.currentTarget.hasPointerCapture(event.pointerId)) {
      event.currentTarget.releasePointerCapture(event.pointerId);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = event.shiftKey ? BIG_STEP : STEP;
    const towardsStart = orientation === 'vertical' ? 'ArrowLeft' : 'ArrowUp';
    const towardsEnd = orientation === 'vertical' ? 'ArrowRight' : 'ArrowDown';
    const sign = controlsTrailingPane ? -1 : 1;
    let next: number | null = null;
    if (event.key === towardsStart) next = value - sign * step;
    else if (event.key === towardsEnd) next = value + sign * step;
    else if (event.key === 'Home') next = min;
    else if (event.key === 'End') next = max;
    if (next === null) return;
    event.preventDefault();
    onChange(Math.min(max, Math.max(min, next)));
  }

  return (
    <div
      role="separator"
      tabIndex={0}
      aria-orientation={orientation}
      aria-label={props.label}
      aria-controls={props.controls}
      aria-valuenow={Math.round(value)}
      aria-valuemin={min}
      aria-valuemax={max}
      className={`splitter splitter-${orientation}`}
      data-testid={props.testId}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onKeyDown={onKeyDown}
    />
  );
}
