/**
 * The benchmark's large mesh. The generator itself lives in src/scenarios so the browser
 * (perf spec, graph level-of-detail work) can load the very same YAML; this file fixes the
 * benchmark's size.
 */
import { generateLargeMesh, LARGE_MESH_DEFAULTS, type LargeMeshOptions } from '../src/scenarios/generateLargeMesh.ts';

export { generateLargeMesh, LARGE_MESH_DEFAULTS, type LargeMeshOptions };

/** 1,000 backend pods (+4 clients), 100 Services, 100 VirtualServices, 50 DestinationRules. */
export const largeMeshYaml = (): string => generateLargeMesh(LARGE_MESH_DEFAULTS);
