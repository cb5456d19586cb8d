/**
 * istio.io's Bookinfo ingress (samples/bookinfo/networking/bookinfo-gateway.yaml): a Gateway
 * and a VirtualService bound only to it. Only the ingress gateway applies its path rules.
 */
import { bookinfoDeployment, bookinfoNamespace, bookinfoService } from './bookinfo.ts';

export const ingressGatewayYaml = `# Exposing Bookinfo through the ingress gateway
# (istio.io/latest/docs/setup/getting-started/#ip): only the listed paths of
# bookinfo.example.com are let in. The VirtualService names the Gateway and
# not mesh, so pods inside the mesh are not held to those paths.

${bookinfoNamespace}---
${bookinfoService('productpage', '# productpage: the web front of Bookinfo.')}---
${bookinfoDeployment('productpage', 'v1', '# productpage v1: two pods.', 2)}---
# The ingress gateway: a standalone Envoy (label istio: ingressgateway), so
# it needs no sidecar.
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
          image: docker.io/istio/proxyv2:1.24.0
          ports:
            - name: http2
              containerPort: 8080
---
# How clients outside the cluster reach the ingress gateway (port 80).
apiVersion: v1
kind: Service
metadata:
  namespace: istio-system
  name: istio-ingressgateway
spec:
  type: LoadBalancer
  selector:
    istio: ingressgateway
  ports:
    - name: http2
      port: 80
      targetPort: 8080
---
# Opens port 80 on the pods labelled istio: ingressgateway for one host name.
apiVersion: networking.istio.io/v1
kind: Gateway
metadata:
  namespace: bookinfo
  name: bookinfo-gateway
spec:
  selector:
    istio: ingressgateway
  servers:
    - port:
        number: 80
        name: http
        protocol: HTTP
      hosts:
        - bookinfo.example.com
---
# Bound to bookinfo-gateway only (no mesh in gateways): the gateway sends the
# listed paths to productpage and answers 404 for anything else. Sidecars
# never see this VirtualService.
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  namespace: bookinfo
  name: bookinfo
spec:
  hosts:
    - bookinfo.example.com
  gateways:
    - bookinfo-gateway
  http:
    - match:
        - uri:
            exact: /productpage
        - uri:
            prefix: /static
        - uri:
            exact: /login
        - uri:
            exact: /logout
        - uri:
            prefix: /api/v1/products
      route:
        - destination:
            host: productpage
            port:
              number: 9080
---
# sleep: a pod inside the mesh (it gets a sidecar from the namespace label).
apiVersion: apps/v1
kind: Deployment
metadata:
  namespace: bookinfo
  name: sleep
spec:
  replicas: 1
  selector:
    matchLabels:
      app: sleep
  template:
    metadata:
      labels:
        app: sleep
    spec:
      containers:
        - name: sleep
          image: curlimages/curl
          command: ["/bin/sleep", "infinity"]
---
# Playground only: requests from the internet as the ingress gateway receives
# them. Three allowed paths, one path that no route lists, and one request
# for a host name the Gateway does not serve.
apiVersion: playground/v1
kind: Traffic
metadata:
  namespace: istio-system
  name: from-internet
spec:
  from: istio-ingressgateway
  rate: 10
  requests:
    - curl: "curl -H 'Host: bookinfo.example.com' http://istio-ingressgateway.istio-system/productpage"
      weight: 4
    - curl: "curl -H 'Host: bookinfo.example.com' http://istio-ingressgateway.istio-system/api/v1/products"
      weight: 2
    - curl: "curl -H 'Host: bookinfo.example.com' http://istio-ingressgateway.istio-system/login"
      weight: 1
    - curl: "curl -H 'Host: bookinfo.example.com' http://istio-ingressgateway.istio-system/admin"
      weight: 2
    - curl: "curl -H 'Host: shop.example.com' http://istio-ingressgateway.istio-system/productpage"
      weight: 1
---
# Playground only: the in-mesh pod asks for the same /admin path, once by the
# Service name and once with the public Host header. Both reach productpage.
apiVersion: playground/v1
kind: Traffic
metadata:
  namespace: bookinfo
  name: from-inside
spec:
  from: sleep
  rate: 5
  requests:
    - curl: "curl http://productpage:9080/admin"
    - curl: "curl -H 'Host: bookinfo.example.com' http://productpage:9080/admin"
`;
