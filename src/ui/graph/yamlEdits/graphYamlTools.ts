/**
 * Everything the graph does with the YAML text itself: gestures that write minimal edits and the
 * lines a node reveals (the steppers' Deployments come with the topology). It all parses the text
 * with the `yaml` package, so it is one lazily loaded chunk (see graphYaml.ts), not the entry.
 */
export { scaleDeployment, setRouteWeight, toggleSidecarInjection } from './graphEditActions.ts';
export { revealNodeInEditor } from '../revealElement.ts';
