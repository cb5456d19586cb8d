/**
 * The seed scenario: the objects of the blog post "Virtual Service와 Destination Rule을
 * 이용해 mesh 내부 트래픽을 원하는 대로 라우팅해보기" (2022), plus the client it curls from.
 * Scenarios are TS strings (not .yaml files) so Vite, Vitest, tsx and the CLI import them alike.
 */
import { httppingBackend, sleepClient, splitVirtualService, subsetsDestinationRule } from './fragments.ts';

export const seedYaml = `# An in-mesh client splits traffic 10/90 between two versions of a Service.
# The client (sleep) has an Envoy sidecar, so the VirtualService applies to it.

${httppingBackend}---
${subsetsDestinationRule}---
${splitVirtualService}---
${sleepClient(
  'true',
  '# The client. Its pod label asks Istio for a sidecar, and that sidecar is\n# what applies the VirtualService. Try changing "true" to "false".',
)}---
# Playground only: what the client sends. 20 requests per second of the
# blog post's curl command.
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
