/** A VirtualService bound only to an ingress gateway: mesh clients do not see it. */
import { httppingBackend, sleepClient, subsetsDestinationRule } from './fragments.ts';

export const gatewayOnlyYaml = `# The VirtualService lists only an ingress Gateway under \`gateways\`, not
# \`mesh\`. Requests entering through the ingress gateway are split 10/90;
# the in-mesh client (sleep, with a sidecar) ignores the VirtualService and
# its requests spread over all six pods.

${httppingBackend}---
${subsetsDestinationRule}---
# The ingress gateway: an Envoy proxy of its own (label istio: ingressgateway),
# so it needs no sidecar.
apiVersion: apps/v1
kind: Deployment
metadata:
  namespace: istio-system
  name: istio-ingressgateway
spec:
  replicas: 1
  selector:
    matchLabels:
      istio: ingressgateway
  template:
    metadata:
      labels:
        app: istio-ingressgateway
        istio: ingressgateway
    spec:
      containers:
        - name: istio-proxy
          image: docker.io/istio/proxyv2
          ports:
            - name: http2
              containerPort: 8080
---
# How clients outside the cluster reach the ingress gateway.
apiVersion: v1
kind: Service
metadata:
  namespace: istio-system
  name: istio-ingressgateway
spec:
  selector:
    istio: ingressgateway
  ports:
    - name: http2
      port: 80
      targetPort: 8080
---
# Opens port 80 on the ingress gateway pods for any host name.
apiVersion: networking.istio.io/v1
kind: Gateway
metadata:
  namespace: infra-jinsu-lab
  name: httpping-gateway
spec:
  selector:
    istio: ingressgateway
  servers:
    - port:
        number: 80
        name: http
        protocol: HTTP
      hosts:
        - "*"
---
# The 10/90 split, but \`gateways\` names only httpping-gateway: it is
# programmed into the ingress gateway and into no sidecar. Add \`- mesh\` to
# the list and the in-mesh client is split 10/90 as well.
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  namespace: infra-jinsu-lab
  name: httpping-without-sidecar
spec:
  hosts:
    - httpping.example.com
    - httpping-without-sidecar
  gateways:
    - httpping-gateway
  http:
    - match:
        - uri:
            prefix: /
      route:
        - destination:
            host: httpping-without-sidecar
            subset: v1
            port:
              number: 8080
          weight: 10
        - destination:
            host: httpping-without-sidecar
            subset: v2
            port:
              number: 8080
          weight: 90
---
${sleepClient('true', '# An in-mesh client with a sidecar.')}---
# Playground only: requests arriving at the ingress gateway from outside,
# addressed to httpping.example.com.
apiVersion: playground/v1
kind: Traffic
metadata:
  namespace: istio-system
  name: from-internet
spec:
  from: istio-ingressgateway
  rate: 10
  requests:
    - curl: "curl -H 'Host: httpping.example.com' http://istio-ingressgateway.istio-system/ping"
---
# Playground only: the in-mesh client calls the Service directly.
apiVersion: playground/v1
kind: Traffic
metadata:
  namespace: infra-jinsu-lab
  name: curl-loop
spec:
  from: sleep
  rate: 10
  requests:
    - curl: "curl http://httpping-without-sidecar.infra-jinsu-lab:8080/ping"
`;
