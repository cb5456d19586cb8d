/**
 * YAML text -> resources -> mesh model -> compiled routing (lazy) -> request stream. The browser
 * worker imports this module rather than ./index.ts, which also loads RE2 (see regex/re2.ts).
 */
import { parseScenario } from './parse/parseScenario.ts';
import { buildModel } from './model/buildModel.ts';
import { compileMesh, type CompiledMesh } from './compile/compileMesh.ts';
import { createRequestStream, type RequestStream } from './simulate/requestStream.ts';
import type { Diagnostic } from './model/diagnostic.ts';
import type { KubeProxyMode, MeshModel } from './model/mesh.ts';
import type { Resource } from './model/resource.ts';

export interface LoadedScenario {
  resources: Resource[];
  model: MeshModel;
  mesh: CompiledMesh;
  stream: RequestStream;
  /** Parse, model and traffic diagnostics, in document order. */
  diagnostics: Diagnostic[];
}

/** Everything from one edit of the YAML text. Never throws: problems are diagnostics. */
export function loadScenario(text: string, options: { kubeProxyMode?: KubeProxyMode } = {}): LoadedScenario {
  const parsed = parseScenario(text);
  const built = buildModel(parsed.resources, options);
  const mesh = compileMesh(built.model);
  const stream = createRequestStream(built.model);
  const diagnostics = [...parsed.diagnostics, ...built.diagnostics, ...stream.diagnostics].sort(
    (a, b) => a.range.line - b.range.line || a.range.col - b.range.col,
  );
  return { resources: parsed.resources, model: built.model, mesh, stream, diagnostics };
}
