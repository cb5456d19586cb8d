import type { Diagnostic } from '../../engine/model/diagnostic.ts';
import type { EditorProblem, ProblemSeverity } from '../../state/slices/editor.ts';
import { istioDocsUrl } from './istioDocs.ts';
import { monaco } from './monacoApi.ts';

/** Marker owner for engine diagnostics; monaco-yaml uses its own ('yaml'). */
export const ENGINE_MARKER_OWNER = 'engine';
/** `source` of engine markers (what code actions see: they get marker data without the owner). */
export const ENGINE_MARKER_SOURCE = 'istio-traffic-playground';

const markerSeverity: Record<Diagnostic['level'], monaco.MarkerSeverity> = {
  Error: monaco.MarkerSeverity.Error,
  Warning: monaco.MarkerSeverity.Warning,
  Info: monaco.MarkerSeverity.Info,
};

export function markerFromDiagnostic(d: Diagnostic): monaco.editor.IMarkerData {
  const { line, col, endLine, endCol } = d.range;
  const docs = istioDocsUrl(d.code);
  return {
    severity: markerSeverity[d.level],
    message: d.message,
    // IST codes link to Istio's explanation of the message in the hover.
    code: docs ? { value: d.code, target: monaco.Uri.parse(docs) } : d.code,
    source: ENGINE_MARKER_SOURCE,
    startLineNumber: line,
    startColumn: col,
    endLineNumber: endLine,
    endColumn: endLine === line && endCol <= col ? col + 1 : endCol,
  };
}

function severityOf(marker: monaco.editor.IMarker): ProblemSeverity {
  if (marker.severity >= monaco.MarkerSeverity.Error) return 'error';
  if (marker.severity >= monaco.MarkerSeverity.Warning) return 'warning';
  return 'info';
}

/** The marker's code when it means something to a reader (monaco-yaml's internal numbers do not). */
function codeOf(marker: monaco.editor.IMarker): string | undefined {
  const code = typeof marker.code === 'object' ? marker.code.value : marker.code;
  return code && !/^\d+$/.test(code) ? code : undefined;
}

export function problemFromMarker(marker: monaco.editor.IMarker): EditorProblem {
  return {
    severity: severityOf(marker),
    message: marker.message,
    line: marker.startLineNumber,
    col: marker.startColumn,
    endLine: marker.endLineNumber,
    endCol: marker.endColumn,
    source: marker.owner,
    code: codeOf(marker),
  };
}

/** Markers on `model` from every owner except the engine (those are in the store already). */
export function readYamlProblems(model: monaco.editor.ITextModel): EditorProblem[] {
  return monaco.editor
    .getModelMarkers({ resource: model.uri })
    .filter((marker) => marker.owner !== ENGINE_MARKER_OWNER)
    .map(problemFromMarker);
}
