import type { ReactNode } from 'react';

/** One line that ends in an ellipsis when it does not fit; the full text is the tooltip. */
export function Truncated({ text, className, children }: { text: string; className?: string; children?: ReactNode }) {
  return (
    <span className={`tg-line${className ? ' ' + className : ''}`} title={text}>
      {children ?? text}
    </span>
  );
}
