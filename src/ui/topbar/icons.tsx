/** Small inline icons (16px, currentColor), decorative: always paired with a text label. */
const common = { width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': true, focusable: false } as const;

export function SunIcon() {
  return (
    <svg {...common} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round">
      <circle cx="8" cy="8" r="3" />
      <path d="M8 1.5v1.5M8 13v1.5M1.5 8H3M13 8h1.5M3.4 3.4l1 1M11.6 11.6l1 1M3.4 12.6l1-1M11.6 4.4l1-1" />
    </svg>
  );
}

export function MoonIcon() {
  return (
    <svg {...common} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round">
      <path d="M13.5 9.5A5.5 5.5 0 0 1 6.5 2.5a5.5 5.5 0 1 0 7 7Z" />
    </svg>
  );
}

export function KeyboardIcon() {
  return (
    <svg {...common} fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinecap="round">
      <rect x="1.5" y="4" width="13" height="8" rx="1.5" />
      <path d="M4 6.5h.01M6.5 6.5h.01M9 6.5h.01M11.5 6.5h.01M5 9.5h6" />
    </svg>
  );
}

export function LogoIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden focusable={false}>
      <circle cx="4" cy="10" r="2.5" fill="var(--cat-0)" />
      <circle cx="16" cy="4.5" r="2.5" fill="var(--cat-0)" />
      <circle cx="16" cy="15.5" r="2.5" fill="var(--cat-1)" />
      <path d="M6.3 9 13.8 5.3M6.3 11l7.5 3.7" stroke="var(--color-text-muted)" strokeWidth="1.3" fill="none" />
    </svg>
  );
}
