/** The blog post's second experiment: a DestinationRule alone, hashing on header `foo`. */
import { httppingBackend, sleepClient } from './fragments.ts';

export const consistentHashYaml = `# No VirtualService at all: a DestinationRule alone changes how the client's
# sidecar picks a pod. With consistentHash on header \`foo\`, every request
# with the same foo value lands on the same pod; requests without the header
# are spread at random.

${httppingBackend}---
# Hash the value of header \`foo\` onto a ring of the Service's pods
# (Envoy's ring hash, the default for consistentHash).
apiVersion: networking.istio.io/v1alpha3
kind: DestinationRule
metadata:
  namespace: infra-jinsu-lab
  name: httpping-without-sidecar-destination
spec:
  host: httpping-without-sidecar
  trafficPolicy:
    loadBalancer:
      consistentHash:
        httpHeaderName: foo
---
${sleepClient(
  'true',
  `# The client. Its sidecar applies the DestinationRule; without a sidecar
# the hash would be ignored.`,
)}---
# Playground only: four in five requests carry foo (one of five values,
# each sticking to its pod); one in five has no foo header.
apiVersion: playground/v1
kind: Traffic
metadata:
  namespace: infra-jinsu-lab
  name: hash-keys
spec:
  from: sleep
  rate: 20
  requests:
    - curl: "curl http://httpping-without-sidecar.infra-jinsu-lab:8080/ping"
      headers:
        foo: [bar, baz, qux, alice, bob]
      weight: 4
    - curl: "curl http://httpping-without-sidecar.infra-jinsu-lab:8080/ping"
      weight: 1
`;
