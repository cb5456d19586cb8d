/** Class names shared by every node: kind, unused (dimmed), selected. */
export function nodeClass(kind: string, { unused = false, selected = false, extra = '' }: { unused?: boolean; selected?: boolean; extra?: string } = {}): string {
  return ['tg-node', `tg-node--${kind}`, unused && 'tg-node--unused', selected && 'tg-node--selected', extra].filter(Boolean).join(' ');
}
