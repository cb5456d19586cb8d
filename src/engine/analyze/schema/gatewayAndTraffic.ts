// Gateway (istio.io/latest/docs/reference/config/networking/gateway/) and the playground's Traffic kind.
import { type JsonSchema, arr, bool, int, map, num, obj, oneOfValues, str } from './builders.ts';

const serverTls = obj('TLS settings of the server.', {
  httpsRedirect: bool('Redirect HTTP to HTTPS.'),
  mode: oneOfValues('PASSTHROUGH, SIMPLE, MUTUAL, AUTO_PASSTHROUGH, ISTIO_MUTUAL or OPTIONAL_MUTUAL.', [
    'PASSTHROUGH', 'SIMPLE', 'MUTUAL', 'AUTO_PASSTHROUGH', 'ISTIO_MUTUAL', 'OPTIONAL_MUTUAL',
  ]),
  serverCertificate: str('Server certificate file.'),
  privateKey: str('Server key file.'),
  caCertificates: str('CA certificates for client verification.'),
  caCrl: str('Certificate revocation list.'),
  credentialName: str('Secret with the server certificate.'),
  credentialNames: arr('Secrets with the server certificates.', str('Secret name.'), { maxItems: 2 }),
  caCertCredentialName: str('Secret with the CA certificates.'),
  tlsCertificates: arr('Certificates.', obj('A certificate.', { serverCertificate: str('Certificate.'), privateKey: str('Key.'), caCertificates: str('CA.') }), { maxItems: 2 }),
  subjectAltNames: arr('Accepted client identities.', str('A SAN.')),
  verifyCertificateSpki: arr('Accepted SPKI hashes.', str('Hash.')),
  verifyCertificateHash: arr('Accepted certificate hashes.', str('Hash.')),
  minProtocolVersion: oneOfValues('Minimum TLS version.', ['TLS_AUTO', 'TLSV1_0', 'TLSV1_1', 'TLSV1_2', 'TLSV1_3']),
  maxProtocolVersion: oneOfValues('Maximum TLS version.', ['TLS_AUTO', 'TLSV1_0', 'TLSV1_1', 'TLSV1_2', 'TLSV1_3']),
  cipherSuites: arr('Cipher suites.', str('Suite.')),
  ecdhCurves: arr('ECDH curves.', str('Curve.')),
  insecureSkipVerify: bool('Skip client certificate verification.'),
});

const server = obj(
  'A port the gateway pods listen on, and the hosts they accept there.',
  {
    port: obj(
      'The port: number, protocol and name.',
      {
        number: int('Port number on the gateway pods.', 1, 65535),
        protocol: str('HTTP, HTTPS, GRPC, GRPC-WEB, HTTP2, MONGO, TCP or TLS.', { examples: ['HTTP', 'HTTPS', 'TCP', 'TLS'] }),
        name: str('Port name.'),
        targetPort: int('Deprecated.', 0),
      },
      { required: ['number', 'protocol', 'name'] },
    ),
    bind: str('Address to bind to.'),
    hosts: arr(
      'Host names accepted on this port (`*` for any), optionally `namespace/host` to limit which VirtualServices may bind.',
      str('A host, `*`, or `namespace/host`.'),
      { minItems: 1 },
    ),
    tls: serverTls,
    name: str('Server name.'),
    defaultEndpoint: str('Default endpoint (ingress sidecar).'),
  },
  { required: ['port', 'hosts'] },
);

export const gatewaySpec = obj('An ingress/egress gateway: which gateway pods (by `selector`) listen on which ports for which hosts.', {
  selector: map('Labels of the gateway pods, e.g. `istio: ingressgateway`.', str('Label value.')),
  servers: arr('Listening ports and their hosts.', server),
});

const headerValue: JsonSchema = { type: ['string', 'integer', 'number', 'boolean'], description: 'A header value.' };

const trafficRequest = obj(
  'One request template.',
  {
    curl: str('A curl command line: URL, `-H` headers, `-X` method and `-b` cookies are used.', {
      examples: ["curl -H 'foo: bar' http://my-service.my-namespace:8080/"],
    }),
    weight: num('Relative weight when picking which request to send next (default 1; 0 switches it off).', 0),
    headers: map('Extra headers. A list gives one value per request, picked at random: `{foo: [alice, bob]}`.', {
      anyOf: [headerValue, { type: 'array', items: headerValue }],
      description: 'A header value, or a list of values (one per request).',
      errorMessage: 'must be a header value or a list of values',
    }),
  },
  { required: ['curl'] },
);

export const trafficSpec = obj('Playground traffic: which client sends which requests, and how often.', {
  from: str('The sending Pod or Deployment: `name` (same namespace) or `namespace/name`.'),
  rate: { ...num('Requests per second in the live view (default 10).'), exclusiveMinimum: 0 },
  requests: arr('Request templates, picked by weight for each request independently.', {
    anyOf: [trafficRequest, str('A bare curl command line.')],
    description: 'A request: `{curl, weight, headers}` or a bare curl command line.',
    errorMessage: 'must be a request ({curl, weight, headers}) or a curl command line',
  }, { minItems: 1 }),
}, { required: ['from', 'requests'] });
