/**
 * The optional script a host page adds so an embed can ask for the height of its content. The
 * message carries only a number; the host checks where it comes from and clamps it.
 */
export function embedHostScript(origin: string): string {
  // JSON.stringify quotes and escapes the origin; '<' is escaped too so it cannot end the script.
  const quoted = JSON.stringify(origin).replace(/</g, '\\u003c');
  return `<script>
  // Let Istio Traffic Playground embeds set their own height.
  window.addEventListener('message', (event) => {
    if (event.origin !== ${quoted}) return;
    const data = event.data;
    if (!data || data.type !== 'itp:height' || typeof data.height !== 'number') return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow === event.source) {
        frame.style.height = Math.min(1600, Math.max(240, Math.round(data.height))) + 'px';
      }
    }
  });
</script>`;
}
