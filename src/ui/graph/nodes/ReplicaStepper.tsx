import type { TopoDeployment } from '../../../engine/topology/types.ts';
import { scaleDeployment } from '../yamlEdits/graphYaml.ts';

/** − n + for one Deployment: edits its `spec.replicas` in the YAML. */
export function ReplicaStepper({ deployment, label }: { deployment: TopoDeployment; label: string }) {
  const { name, replicas } = deployment;
  const step = (delta: number) => (event: React.MouseEvent) => {
    event.stopPropagation();
    scaleDeployment(deployment, delta);
  };
  return (
    <span className="tg-stepper nodrag nopan" role="group" aria-label={`Replicas of Deployment ${name}: ${replicas}`} title={`Deployment ${name}: spec.replicas`}>
      <span className="tg-stepper-label">{label}</span>
      <button type="button" className="tg-stepper-button" aria-label={`Scale ${name} down to ${Math.max(0, replicas - 1)}`} disabled={replicas <= 0} onClick={step(-1)}>−</button>
      <span className="tg-stepper-value mono">{replicas}</span>
      <button type="button" className="tg-stepper-button" aria-label={`Scale ${name} up to ${replicas + 1}`} onClick={step(1)}>+</button>
    </span>
  );
}
