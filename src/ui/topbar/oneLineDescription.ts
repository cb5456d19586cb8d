/** The first sentence of an example's description: what the picker shows on its one line (the whole text is the tooltip). */
export function oneLineDescription(description: string): string {
  const match = /^(.+?[.!?])(?=\s|$)/s.exec(description.trim());
  return (match ? match[1] : description).replace(/\s+/g, ' ').trim();
}
