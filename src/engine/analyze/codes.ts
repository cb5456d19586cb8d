import type { DiagnosticLevel } from '../model/diagnostic.ts';

/**
 * The analyzer codes and their levels. IST codes and levels are Istio's public ones
 * (istio/istio pkg/config/analysis/msg/messages.yaml), so a user can search them;
 * ITP04xx are playground hints about what traffic will do.
 */
export const CODES = {
  IST0101: { name: 'ReferencedResourceNotFound', level: 'Error' },
  IST0102: { name: 'NamespaceNotInjected', level: 'Info' },
  IST0103: { name: 'PodMissingProxy', level: 'Warning' },
  IST0106: { name: 'SchemaValidationError', level: 'Error' },
  IST0109: { name: 'ConflictingMeshGatewayVirtualServiceHosts', level: 'Error' },
  IST0112: { name: 'VirtualServiceDestinationPortSelectorRequired', level: 'Error' },
  IST0118: { name: 'PortNameIsNotUnderNamingConvention', level: 'Info' },
  IST0128: { name: 'NoServerCertificateVerificationDestinationLevel', level: 'Warning' },
  IST0129: { name: 'NoServerCertificateVerificationPortLevel', level: 'Warning' },
  IST0130: { name: 'VirtualServiceUnreachableRule', level: 'Warning' },
  IST0131: { name: 'VirtualServiceIneffectiveMatch', level: 'Info' },
  IST0132: { name: 'VirtualServiceHostNotFoundInGateway', level: 'Warning' },
  IST0133: { name: 'SchemaWarning', level: 'Warning' },
  IST0145: { name: 'ConflictingGateways', level: 'Error' },
  IST0173: { name: 'DestinationRuleSubsetNotSelectPods', level: 'Error' },
  IST0174: { name: 'UnknownDestinationRuleHost', level: 'Warning' },
  ITP0401: { name: 'ClientWithoutSidecar', level: 'Warning' },
  ITP0402: { name: 'GatewayOnlyVirtualService', level: 'Warning' },
  ITP0403: { name: 'RequestHostMatchesNoService', level: 'Warning' },
  ITP0404: { name: 'RelativeWeights', level: 'Info' },
  ITP0405: { name: 'ConsistentHashNotSticky', level: 'Warning' },
} as const satisfies Record<string, { name: string; level: DiagnosticLevel }>;

export type AnalyzerCode = keyof typeof CODES;
