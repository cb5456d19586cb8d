// VirtualService (istio.io/latest/docs/reference/config/networking/virtual-service/).
import { type JsonSchema, arr, bool, duration, int, map, obj, oneOfValues, str } from './builders.ts';
import { destination, exportTo, headers, percent, stringMatch } from './istioCommon.ts';

const httpMatch = obj(
  'One match block: every condition in it must hold (AND). The blocks of a rule are alternatives (OR).',
  {
    name: str('A name for this match, shown in logs and in the analyzer messages.'),
    uri: stringMatch('the request path (without the query string)'),
    scheme: stringMatch('the URI scheme (`http`, `https`)'),
    method: stringMatch('the HTTP method'),
    authority: stringMatch('the Host header (authority)'),
    headers: map('Header name (lower case) -> match. `{}` means the header is present.', stringMatch('the header value')),
    withoutHeaders: map('Header name -> match that must NOT hold.', stringMatch('the header value')),
    queryParams: map('Query parameter -> match (`exact` or `regex`).', stringMatch('the query parameter value')),
    port: int('Only requests on this port (listener port of the client).', 1, 65535),
    sourceLabels: map(
      'Only clients (pods) with these labels. Evaluated when the client\'s config is built: other clients never see this block.',
      str('Label value.'),
    ),
    sourceNamespace: str('Only clients in this namespace.'),
    gateways: arr('Only on these gateways (`mesh` for sidecars). Overrides the VirtualService\'s `gateways` for this block.', str('Gateway name.')),
    ignoreUriCase: bool('Compare `uri` exact/prefix ignoring case.'),
    statPrefix: str('Prefix for Envoy route statistics.'),
  },
);

const routeDestination = obj(
  'A weighted destination. Weights are relative (need not add up to 100); a single destination ignores its weight.',
  {
    destination,
    weight: int('Relative share of the requests. 0 sends none; a missing weight is 0 when there are several destinations.', 0),
    headers,
  },
  { required: ['destination'] },
);

const fault = obj('Inject faults into a share of the requests: delay them, then abort them.', {
  delay: obj('Delay requests before forwarding them.', {
    fixedDelay: duration('How long to wait, e.g. `5s`.'),
    exponentialDelay: duration('Not supported by Istio yet.'),
    percentage: percent,
    percent: int('Deprecated: use `percentage`.', 0, 100),
  }),
  abort: obj('Answer requests with an error instead of forwarding them.', {
    httpStatus: int('HTTP status to answer with (200 to 600).', 200, 600),
    grpcStatus: str('gRPC status to answer with, e.g. `UNAVAILABLE`.'),
    http2Error: str('Not supported by Istio yet.'),
    percentage: percent,
  }),
});

const httpRoute = obj(
  'One HTTP rule. Rules are tried in order; the first whose `match` holds wins. A rule without `match` matches everything, ' +
    'so every rule after it is unreachable.',
  {
    name: str('A name for this rule, shown in logs and in the analyzer messages.'),
    match: arr('Conditions (alternatives: any block may match). Omit to match every request.', httpMatch),
    route: arr('Where to send the requests, split by weight.', routeDestination),
    redirect: obj('Answer with a redirect instead of forwarding.', {
      uri: str('Replace the path with this.'),
      authority: str('Replace the host with this.'),
      port: int('Redirect to this port.', 1, 65535),
      derivePort: oneOfValues('Take the redirect port from the protocol or the request.', ['FROM_PROTOCOL_DEFAULT', 'FROM_REQUEST_PORT']),
      scheme: oneOfValues('Redirect to this scheme.', ['http', 'https']),
      redirectCode: int('Status code of the redirect (3xx, default 301).', 300, 399),
      prefixRewrite: str('Replace the matched prefix of the path with this.'),
    }),
    directResponse: obj(
      'Answer directly with a fixed status and body.',
      {
        status: int('HTTP status (200 to 600).', 200, 600),
        body: obj('Response body: `string` or `bytes` (base64).', { string: str('Body text.'), bytes: str('Body, base64.') }, { maxProperties: 1, errorMessage: 'takes only one of string or bytes' }),
      },
      { required: ['status'] },
    ),
    delegate: obj('Hand this rule to another VirtualService (no hosts of its own).', { name: str('Its name.'), namespace: str('Its namespace.') }),
    rewrite: obj('Rewrite the request before forwarding.', {
      uri: str('Replace the matched prefix (or the whole path for exact matches) with this.'),
      authority: str('Replace the Host header with this.'),
      uriRegexRewrite: obj('Rewrite the path with a regex.', { match: str('RE2 pattern.'), rewrite: str('Replacement, `\\1` for groups.') }),
    }),
    timeout: duration('Overall timeout of the request, e.g. `10s`. Default: no timeout.'),
    retries: obj('Retry failed requests. Istio\'s default: 2 attempts on connect-failure, refused-stream, unavailable, cancelled, retriable-status-codes.', {
      attempts: int('Number of retries (0 disables retries).', 0),
      perTryTimeout: duration('Timeout of each attempt.'),
      retryOn: str('When to retry, comma separated Envoy conditions: `5xx`, `gateway-error`, `connect-failure`, `retriable-4xx`, or status codes.'),
      retryRemoteLocalities: bool('Retry in other localities.'),
      retryIgnorePreviousHosts: bool('Pick another host for retries (default true).'),
      backoff: duration('Base interval between retries.'),
    }),
    fault,
    mirror: { ...destination, description: 'Copy each request to this destination as well (fire and forget: its response is ignored).', markdownDescription: 'Copy each request to this destination as well (fire and forget: its response is ignored).' },
    mirrorPercentage: percent,
    mirrorPercent: int('Deprecated: use `mirrorPercentage`.', 0, 100),
    mirror_percent: int('Deprecated: use `mirrorPercentage`.', 0, 100),
    mirrors: arr('Several mirror destinations.', obj('A mirror.', { destination, percentage: percent }, { required: ['destination'] })),
    corsPolicy: obj('CORS policy.', {
      allowOrigins: arr('Allowed origins.', stringMatch('the origin')),
      allowOrigin: arr('Deprecated: use `allowOrigins`.', str('An origin.')),
      allowMethods: arr('Allowed methods.', str('HTTP method.')),
      allowHeaders: arr('Allowed headers.', str('Header name.')),
      exposeHeaders: arr('Exposed headers.', str('Header name.')),
      maxAge: duration('How long the preflight result may be cached.'),
      allowCredentials: bool('Allow credentials.'),
      unmatchedPreflights: oneOfValues('What to do with preflights that match no origin.', ['UNSPECIFIED', 'FORWARD', 'IGNORE']),
    }),
    headers,
  },
);

const l4Match = (tls: boolean): JsonSchema =>
  obj('Match on connection attributes.', {
    ...(tls ? { sniHosts: arr('SNI names to match.', str('A host name.'), { minItems: 1 }) } : {}),
    destinationSubnets: arr('Destination IP subnets.', str('CIDR.')),
    port: int('Destination port.', 1, 65535),
    sourceLabels: map('Only clients with these labels.', str('Label value.')),
    sourceNamespace: str('Only clients in this namespace.'),
    gateways: arr('Only on these gateways.', str('Gateway name.')),
    ...(tls ? {} : { sourceSubnet: str('Deprecated source subnet.') }),
  }, tls ? { required: ['sniHosts'] } : {});

const l4Route = (tls: boolean) =>
  obj(`One ${tls ? 'TLS' : 'TCP'} rule.`, {
    match: arr('Conditions.', l4Match(tls)),
    route: arr('Destinations, split by weight.', obj('A weighted destination.', { destination, weight: int('Relative weight.', 0) }, { required: ['destination'] })),
  }, tls ? { required: ['match'] } : {});

export const virtualServiceSpec = obj(
  'Routing rules for requests to `hosts`, applied by the sidecars (`gateways` omitted or containing `mesh`) and/or the named gateways.',
  {
    hosts: arr(
      'Host names these rules apply to. A short name (`reviews`) is read in this VirtualService\'s namespace; other names are taken literally.',
      str('A host name, a wildcard (`*.example.com`), or a short Service name.'),
    ),
    gateways: arr(
      'Where the rules apply: `mesh` (all sidecars) and/or Gateways (`name` or `namespace/name`). Omitted = `[mesh]`. ' +
        'Listing only Gateways makes it gateway-only: sidecars ignore it.',
      str('`mesh`, a Gateway name, or `namespace/name`.'),
    ),
    http: arr('HTTP rules, tried in order: the first that matches wins.', httpRoute),
    tls: arr('Rules for TLS passthrough traffic (matched by SNI).', l4Route(true)),
    tcp: arr('Rules for opaque TCP traffic.', l4Route(false)),
    exportTo,
  },
);
