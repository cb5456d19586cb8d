import type { Analyzer } from './context.ts';
import { caCertificatesAnalyzer } from './analyzers/caCertificates.ts';
import { conflictingMeshHostsAnalyzer } from './analyzers/conflictingMeshHosts.ts';
import { destinationHostAnalyzer } from './analyzers/destinationHosts.ts';
import { destinationSubsetAnalyzer } from './analyzers/destinationSubsets.ts';
import { gatewayAnalyzer } from './analyzers/gateways.ts';
import { gatewayWorkloadAnalyzer } from './analyzers/gatewayWorkloads.ts';
import { injectionAnalyzer } from './analyzers/injection.ts';
import { portNameAnalyzer } from './analyzers/portName.ts';
import { schemaValidationAnalyzer } from './analyzers/schemaValidation.ts';
import { subsetPodsAnalyzer } from './analyzers/subsetPods.ts';
import { unreachableRulesAnalyzer } from './analyzers/unreachableRules.ts';
import { clientWithoutSidecarAnalyzer } from './hints/clientWithoutSidecar.ts';
import { gatewayOnlyAnalyzer } from './hints/gatewayOnly.ts';
import { trafficHostsAnalyzer } from './hints/trafficHosts.ts';
import { weightedRoutesAnalyzer } from './hints/weightedRoutes.ts';

/** Every analyzer, in the order their messages are produced (the result is sorted by line anyway). */
export const ANALYZERS: readonly Analyzer[] = [
  schemaValidationAnalyzer,
  destinationHostAnalyzer,
  destinationSubsetAnalyzer,
  gatewayAnalyzer,
  gatewayWorkloadAnalyzer,
  injectionAnalyzer,
  conflictingMeshHostsAnalyzer,
  portNameAnalyzer,
  unreachableRulesAnalyzer,
  subsetPodsAnalyzer,
  caCertificatesAnalyzer,
  clientWithoutSidecarAnalyzer,
  gatewayOnlyAnalyzer,
  trafficHostsAnalyzer,
  weightedRoutesAnalyzer,
];
