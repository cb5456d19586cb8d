/** Saves `data` (text, Blob or a data: URL) as a file named `name` through a temporary link. */
export function downloadFile(name: string, data: string | Blob, type = 'text/plain;charset=utf-8'): void {
  const isDataUrl = typeof data === 'string' && data.startsWith('data:');
  const href = isDataUrl ? (data as string) : URL.createObjectURL(typeof data === 'string' ? new Blob([data], { type }) : data);
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  if (!isDataUrl) setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
