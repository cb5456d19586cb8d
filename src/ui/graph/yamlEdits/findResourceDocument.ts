import { isMap, parseAllDocuments, type Document } from 'yaml';

/** Which Kubernetes resource to edit: what a topology `SourceRef` carries. */
export interface ResourceTarget {
  kind: string;
  namespace: string;
  name: string;
  /** A 1-based line inside the resource's document; picks the right one when names repeat. */
  line?: number;
}

/** Parses every document of the scenario text (comments and source ranges kept). */
export function parseDocuments(text: string): Document.Parsed[] {
  const docs = parseAllDocuments(text);
  return Array.isArray(docs) ? docs : [];
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function describes(doc: Document.Parsed, target: ResourceTarget): boolean {
  if (!isMap(doc.contents)) return false;
  const namespace = doc.getIn(['metadata', 'namespace']);
  return (
    doc.get('kind') === target.kind &&
    doc.getIn(['metadata', 'name']) === target.name &&
    (namespace === undefined || namespace === null || namespace === target.namespace)
  );
}

/**
 * The document that declares `target`: the one of that kind and name containing `target.line`
 * when given, else the first of that kind, name and namespace. Null when there is none.
 */
export function findResourceDocument(text: string, target: ResourceTarget): Document.Parsed | null {
  const candidates = parseDocuments(text).filter((doc) => describes(doc, target));
  if (target.line !== undefined) {
    const containing = candidates.find((doc) => {
      const [start, , end] = doc.range;
      return lineOfOffset(text, start) <= target.line! && target.line! <= lineOfOffset(text, end);
    });
    if (containing) return containing;
  }
  return candidates.find((doc) => doc.getIn(['metadata', 'namespace']) === target.namespace) ?? candidates[0] ?? null;
}
