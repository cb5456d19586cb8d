/** Same objects as the seed, but the client has no sidecar: kube-proxy picks the pod. */
import { httppingBackend, sleepClient, splitVirtualService, subsetsDestinationRule } from './fragments.ts';

export const noSidecarClientYaml = `# The same 10/90 VirtualService as the seed, but the client (sleep) has no
# Envoy sidecar. Nothing in the client applies the VirtualService or the
# DestinationRule: kube-proxy sends each connection to a random pod behind
# the Service's ClusterIP, so v1 gets about half the requests, not 10%.

${httppingBackend}---
${subsetsDestinationRule}---
${splitVirtualService}---
${sleepClient(
  'false',
  `# The client. Its label opts it out of injection, so it has no sidecar.
# Change "false" to "true" and watch the 10/90 split come back.`,
)}---
# Playground only: what the client sends, 20 requests per second.
apiVersion: playground/v1
kind: Traffic
metadata:
  namespace: infra-jinsu-lab
  name: curl-loop
spec:
  from: sleep
  rate: 20
  requests:
    - curl: "curl -H 'foo: bar' http://httpping-without-sidecar.infra-jinsu-lab:8080/ping"
`;
