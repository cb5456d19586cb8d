/** Istio's page for an IST code (istio.io/latest/docs/reference/config/analysis/ist0101/), else undefined. No Monaco here: the Problems tab uses it. */
export function istioDocsUrl(code: string): string | undefined {
  return /^IST\d{4}$/.test(code) ? `https://istio.io/latest/docs/reference/config/analysis/${code.toLowerCase()}/` : undefined;
}
