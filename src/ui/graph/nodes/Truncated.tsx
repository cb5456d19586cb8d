import type { ReactNode } from 'react';

/** One line that ends in an ellipsis when it does not fit; the full text is the tooltip. */
export function Truncated({ text, className, children }: { text: string; className?: string; children?: ReactNode }) {
  return (
    <span className={`tg-line${className ? ' ' + className : ''}`} title={text}>
      {children ?? text}
    </span>
  );
}

/**
 * A name that may wrap onto a second line, preferably after a `-`, `.` or `/`
 * (`httpping-<wbr>without-<wbr>sidecar`); beyond two lines it ends in an ellipsis.
 */
export function Breakable({ name }: { name: string }) {
  const parts = name.split(/(?<=[-./])/);
  return <>{parts.flatMap((part, i) => (i === 0 ? [part] : [<wbr key={i} />, part]))}</>;
}

/** Up to two lines (long names wrap at their dashes), then an ellipsis; the full text is the tooltip. */
export function TwoLines({ text, className, children }: { text: string; className?: string; children?: ReactNode }) {
  return (
    <span className={`tg-two-lines${className ? ' ' + className : ''}`} title={text}>
      {children ?? <Breakable name={text} />}
    </span>
  );
}
