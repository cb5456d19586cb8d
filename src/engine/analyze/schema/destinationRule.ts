// DestinationRule (istio.io/latest/docs/reference/config/networking/destination-rule/).
import { DNS1123_LABEL, type JsonSchema, arr, bool, duration, int, map, num, obj, oneOfValues, str } from './builders.ts';
import { exportTo, portSelector, workloadSelector } from './istioCommon.ts';

const consistentHash = obj(
  'Consistent hashing: requests with the same key go to the same pod (within the subset). Set exactly one key. ' +
    'It never makes a VirtualService\'s weighted pick between subsets sticky.',
  {
    httpHeaderName: str('Hash on this request header. Requests without it get a random pod.'),
    httpCookie: obj(
      'Hash on this cookie; with a `ttl`, Envoy sets the cookie when it is missing.',
      {
        name: str('Cookie name.'),
        path: str('Cookie path.'),
        ttl: duration('Lifetime of a generated cookie (0s: session cookie).'),
        attributes: arr('Extra cookie attributes.', obj('An attribute.', { name: str('Name.'), value: str('Value.') }, { required: ['name'] })),
      },
      { required: ['name'] },
    ),
    useSourceIp: bool('Hash on the client IP.'),
    httpQueryParameterName: str('Hash on this query parameter.'),
    ringHash: obj('Ring hash (the default): minimum ring size 1024.', { minimumRingSize: int('Minimum number of points on the ring.', 0) }),
    maglev: obj('Maglev: a fixed lookup table; fewer keys move when pods change.', { tableSize: int('Table size: a prime number, default 65537.', 0) }),
    minimumRingSize: int('Deprecated: use `ringHash.minimumRingSize`.', 0),
  },
);

const loadBalancer = obj(
  'How a pod is picked among the subset\'s endpoints: `simple` or `consistentHash`. Default LEAST_REQUEST.',
  {
    simple: oneOfValues('A simple policy. LEAST_REQUEST (default) picks the less busy of two random pods.', [
      'UNSPECIFIED',
      'LEAST_CONN',
      'RANDOM',
      'PASSTHROUGH',
      'ROUND_ROBIN',
      'LEAST_REQUEST',
    ]),
    consistentHash,
    localityLbSetting: obj('Locality-aware load balancing.', {
      enabled: bool('Turn locality load balancing on or off.'),
      distribute: arr('Traffic distribution between localities.', obj('A rule.', { from: str('Origin locality.'), to: map('Locality -> weight.', int('Weight.', 0)) })),
      failover: arr('Failover between regions.', obj('A rule.', { from: str('Region.'), to: str('Region.') })),
      failoverPriority: arr('Labels to order failover by.', str('Label.')),
    }),
    zoneAwareLbSetting: obj('Zone-aware load balancing.', {
      enabled: bool('On or off.'),
      failover: arr('Failover rules.', obj('A rule.', { from: str('From.'), to: str('To.') })),
      failoverPriority: arr('Labels to order failover by.', str('Label.')),
      minClusterSize: int('Minimum cluster size.', 1),
    }),
    warmup: obj('Slow start for new pods.', {
      duration: duration('Warm-up duration.'),
      minimumPercent: num('Starting share, percent.', 0, 100),
      aggression: num('How fast traffic grows.', 0),
    }, { required: ['duration'] }),
    warmupDurationSecs: duration('Deprecated: use `warmup`.'),
    backendUtilization: obj('Load-aware balancing.', {
      errorUtilizationPenaltyPercent: int('Penalty.', 0),
      metricNamesForComputingUtilization: arr('Metrics.', str('Metric.')),
      weightExpirationPeriod: duration('Expiry.'),
      weightStabilizationPeriod: duration('Stabilization.'),
      weightUpdatePeriod: duration('Update period.'),
    }),
  },
);

const connectionPool = obj('Connection limits to each pod.', {
  tcp: obj('TCP limits.', {
    maxConnections: int('Maximum connections.'),
    connectTimeout: duration('TCP connect timeout.'),
    tcpKeepalive: obj('TCP keepalive.', { probes: int('Probes.', 0), time: duration('Idle time.'), interval: duration('Interval.') }),
    maxConnectionDuration: duration('Maximum connection lifetime.'),
    idleTimeout: duration('Idle timeout.'),
  }),
  http: obj('HTTP limits.', {
    http1MaxPendingRequests: int('Maximum queued requests.'),
    http2MaxRequests: int('Maximum active requests.'),
    maxRequestsPerConnection: int('Requests per connection (1 disables keep-alive).'),
    maxRetries: int('Maximum outstanding retries.'),
    idleTimeout: duration('Idle timeout.'),
    h2UpgradePolicy: oneOfValues('Upgrade HTTP/1.1 to HTTP/2.', ['DEFAULT', 'DO_NOT_UPGRADE', 'UPGRADE']),
    useClientProtocol: bool('Keep the client\'s protocol.'),
    maxConcurrentStreams: int('Maximum HTTP/2 streams per connection.'),
    http2KeepAlive: obj('HTTP/2 keepalive.', { interval: duration('Interval.'), timeout: duration('Timeout.') }),
  }),
});

const outlierDetection = obj('Eject failing pods from the load-balancing pool for a while.', {
  consecutive5xxErrors: int('5xx errors before ejection.', 0),
  consecutiveGatewayErrors: int('502/503/504 errors before ejection.', 0),
  consecutiveLocalOriginFailures: int('Local failures before ejection.', 0),
  consecutiveErrors: int('Deprecated: use consecutive5xxErrors.'),
  splitExternalLocalOriginErrors: bool('Count local failures separately.'),
  interval: duration('Time between ejection sweeps.'),
  baseEjectionTime: duration('Minimum ejection time.'),
  maxEjectionPercent: int('Maximum share of pods ejected, percent.'),
  minHealthPercent: int('Outlier detection is off below this healthy share.'),
  outlierDetectionHttpErrorCodes: arr('Status codes counted as errors.', int('A status code.', 100, 599)),
});

const tls = obj('TLS to the destination.', {
  mode: oneOfValues('DISABLE, SIMPLE (TLS), MUTUAL (mTLS with your certificates) or ISTIO_MUTUAL (Istio\'s mTLS).', ['DISABLE', 'SIMPLE', 'MUTUAL', 'ISTIO_MUTUAL']),
  clientCertificate: str('Client certificate file (MUTUAL).'),
  privateKey: str('Client key file (MUTUAL).'),
  caCertificates: str('CA certificates to verify the server with.'),
  caCrl: str('Certificate revocation list.'),
  credentialName: str('Secret with the certificates.'),
  subjectAltNames: arr('Accepted server identities.', str('A SAN.')),
  sni: str('SNI to send.'),
  insecureSkipVerify: bool('Skip verifying the server certificate.'),
});

const policyFields: Record<string, JsonSchema> = { loadBalancer, connectionPool, outlierDetection, tls };

export const trafficPolicy = obj(
  'Load balancing, connection pool, outlier detection and TLS for the host (or a subset / port).',
  {
    ...policyFields,
    portLevelSettings: arr(
      'Per-port policies: they replace the host policy for that port.',
      obj('The policy for one port.', { port: portSelector, ...policyFields }, { required: ['port'], minProperties: 2, errorMessage: 'must set something besides port' }),
      { maxItems: 4096 },
    ),
    tunnel: obj('Tunnel the traffic.', { protocol: str('CONNECT or POST.'), targetHost: str('Target host.'), targetPort: int('Target port.', 1, 65535) }, { required: ['targetHost', 'targetPort'] }),
    proxyProtocol: obj('Send the PROXY protocol header.', { version: oneOfValues('Version.', ['V1', 'V2']) }),
    retryBudget: obj('Retry budget.', { percent: num('Percent.', 0, 100), minRetryConcurrency: int('Minimum.', 0), budgetInterval: duration('Interval.') }),
  },
  { minProperties: 1, errorMessage: 'must have at least one field' },
);

const subset = obj(
  'A named group of the Service\'s pods: those carrying all `labels`. A VirtualService routes to it by name.',
  {
    name: str('Subset name, used as `destination.subset`.', { pattern: DNS1123_LABEL, errorMessage: 'must be a valid subset name (lowercase letters, digits and -)' }),
    labels: map('Pods of the Service with all these labels form the subset.', str('Label value (quote numbers).')),
    trafficPolicy: { ...trafficPolicy, description: 'Overrides the host\'s traffic policy for this subset, field by field.', markdownDescription: 'Overrides the host\'s traffic policy for this subset, field by field.' },
  },
  { required: ['name'] },
);

export const destinationRuleSpec = obj(
  'Policies for traffic to `host` after routing: subsets, load balancing, connection pool, outlier detection, TLS.',
  {
    host: str('The Service: a short name is read in this DestinationRule\'s namespace; use the full name for another namespace.'),
    trafficPolicy,
    subsets: arr('Named groups of the Service\'s pods.', subset),
    exportTo,
    workloadSelector,
  },
  { required: ['host'] },
);
