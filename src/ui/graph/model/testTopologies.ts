/** Topologies for the graph's unit tests (not shipped: imported by tests only). */
import { loadScenario } from '../../../engine/index.ts';
import { describeTopology } from '../../../engine/topology/describeTopology.ts';
import type { Topology } from '../../../engine/topology/types.ts';

export { scenarioYaml, threeSubsetsFivePodsYaml } from './graphFixtureYaml.ts';

export function topologyOf(yaml: string): Topology {
  return describeTopology(loadScenario(yaml));
}
