import { describe, expect, it } from 'vitest';
import { ingressGatewayYaml } from '../../scenarios/ingressGateway.ts';
import { load, send } from './harness.ts';

/**
 * Istio reads a Gateway server's port.number as a port of the gateway's Service and listens on
 * that port's targetPort, or on the number itself when no Service port matches
 * (istio/istio pilot/pkg/model/gateway.go resolvePorts; istio.io "Gateway" reference: "port:
 * The Port on which the proxy should listen for incoming connections").
 */
describe('rule 3 (gateway side): a Gateway server port is resolved through the gateway Service', () => {
  const curl = "curl -H 'Host: bookinfo.example.com' http://istio-ingressgateway.istio-system/productpage";

  it('server port 80 = Service port 80 -> the pod listens on targetPort 8080; the request via the Service is served', () => {
    const s = load(ingressGatewayYaml);
    const r = send(s, 'istio-system/istio-ingressgateway', curl);
    expect(r.decision.status).toBe(200);
    expect(r.text).toContain('gateway listener for server port 80');
  });

  it('server port 8080 (the targetPort, no Service port of that number) -> listens on 8080, still reached through Service port 80', () => {
    const yaml = ingressGatewayYaml.replace(/number: 80\n/, 'number: 8080\n');
    expect(yaml).not.toBe(ingressGatewayYaml);
    const r = send(load(yaml), 'istio-system/istio-ingressgateway', curl);
    expect(r.decision.status).toBe(200);
    expect(r.text).toContain('gateway listener for server port 8080');
  });

  it('nothing listens where the connection arrives -> connection refused', () => {
    const r = send(load(ingressGatewayYaml), 'istio-system/istio-ingressgateway', "curl -H 'Host: bookinfo.example.com' http://istio-ingressgateway.istio-system:8443/productpage");
    expect(r.decision.status).toBe(0);
    expect(r.decision.flags).toEqual(['CF']);
  });
});
