/**
 * Everything the graph does with the YAML text itself: gestures that write minimal edits, the
 * Deployments behind the replica steppers, the lines a node reveals. It all parses the text
 * with the `yaml` package, so it is one lazily loaded chunk (see graphYaml.ts), not the entry.
 */
export { scaleDeployment, setRouteWeight, toggleSidecarInjection } from './graphEditActions.ts';
export { readWorkloads } from './readDeployments.ts';
export { revealNodeInEditor } from '../revealElement.ts';
