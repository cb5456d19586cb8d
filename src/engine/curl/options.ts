/** curl's command-line options as this parser knows them: what each flag does and whether it takes a value. */

export type Kind =
  | 'header'
  | 'request'
  | 'cookie'
  | 'data'
  | 'data-raw'
  | 'data-urlencode'
  | 'json'
  | 'form'
  | 'upload'
  | 'head'
  | 'get'
  | 'url'
  | 'user-agent'
  | 'referer'
  | 'user'
  | 'range'
  | 'globoff'
  | 'path-as-is'
  /** Harmless for routing: accepted and ignored. */
  | 'ignore'
  | 'ignore-arg'
  | 'ignore-number'
  /** Known to curl, but it changes where or how the request goes in ways not simulated. */
  | 'unsupported';

export interface Opt {
  long: string;
  short?: string;
  kind: Kind;
  arg: boolean;
  why?: string;
}

const OPTS: Opt[] = [
  { long: 'header', short: 'H', kind: 'header', arg: true },
  { long: 'request', short: 'X', kind: 'request', arg: true },
  { long: 'cookie', short: 'b', kind: 'cookie', arg: true },
  { long: 'data', short: 'd', kind: 'data', arg: true },
  { long: 'data-ascii', kind: 'data', arg: true },
  { long: 'data-binary', kind: 'data', arg: true },
  { long: 'data-raw', kind: 'data-raw', arg: true },
  { long: 'data-urlencode', kind: 'data-urlencode', arg: true },
  { long: 'json', kind: 'json', arg: true },
  { long: 'form', short: 'F', kind: 'form', arg: true },
  { long: 'form-string', kind: 'form', arg: true },
  { long: 'upload-file', short: 'T', kind: 'upload', arg: true },
  { long: 'head', short: 'I', kind: 'head', arg: false },
  { long: 'get', short: 'G', kind: 'get', arg: false },
  { long: 'url', kind: 'url', arg: true },
  { long: 'user-agent', short: 'A', kind: 'user-agent', arg: true },
  { long: 'referer', short: 'e', kind: 'referer', arg: true },
  { long: 'user', short: 'u', kind: 'user', arg: true },
  { long: 'range', short: 'r', kind: 'range', arg: true },
  { long: 'globoff', short: 'g', kind: 'globoff', arg: false },
  { long: 'path-as-is', kind: 'path-as-is', arg: false },
  // Output, diagnostics, TLS and transfer details: no effect on routing.
  ...[
    ['silent', 's'],
    ['show-error', 'S'],
    ['verbose', 'v'],
    ['include', 'i'],
    ['show-headers'],
    ['insecure', 'k'],
    ['location', 'L'],
    ['location-trusted'],
    ['fail', 'f'],
    ['fail-with-body'],
    ['fail-early'],
    ['compressed'],
    ['no-buffer', 'N'],
    ['progress-bar', '#'],
    ['no-progress-meter'],
    ['disable', 'q'],
    ['remote-name', 'O'],
    ['remote-name-all'],
    ['remote-header-name', 'J'],
    ['http1.0', '0'],
    ['http1.1'],
    ['http2'],
    ['http2-prior-knowledge'],
    ['http3'],
    ['http3-only'],
    ['ipv4', '4'],
    ['ipv6', '6'],
    ['tcp-nodelay'],
    ['tcp-fastopen'],
    ['no-keepalive'],
    ['keepalive'],
    ['junk-session-cookies', 'j'],
    ['remote-time', 'R'],
    ['raw'],
    ['tr-encoding'],
    ['no-sessionid'],
    ['styled-output'],
    ['netrc', 'n'],
    ['netrc-optional'],
    ['basic'],
    ['digest'],
    ['anyauth'],
    ['tlsv1', '1'],
    ['tlsv1.0'],
    ['tlsv1.1'],
    ['tlsv1.2'],
    ['tlsv1.3'],
    ['sslv2', '2'],
    ['sslv3', '3'],
    ['ssl'],
    ['ssl-reqd'],
    ['ssl-no-revoke'],
    ['ssl-allow-beast'],
    ['no-alpn'],
    ['no-npn'],
    ['create-dirs'],
    ['suppress-connect-headers'],
    ['retry-all-errors'],
    ['retry-connrefused'],
    ['no-clobber'],
    ['remove-on-error'],
  ].map(([long, short]): Opt => ({ long, short, kind: 'ignore', arg: false })),
  ...[
    ['output', 'o'],
    ['write-out', 'w'],
    ['dump-header', 'D'],
    ['stderr'],
    ['trace'],
    ['trace-ascii'],
    ['trace-config'],
    ['cookie-jar', 'c'],
    ['cacert'],
    ['capath'],
    ['cert', 'E'],
    ['key'],
    ['cert-type'],
    ['key-type'],
    ['pass'],
    ['ciphers'],
    ['tls13-ciphers'],
    ['limit-rate'],
    ['max-filesize'],
    ['output-dir'],
    ['interface'],
    ['local-port'],
    ['netrc-file'],
    ['pinnedpubkey'],
    ['crlfile'],
    ['proto'],
    ['proto-redir'],
  ].map(([long, short]): Opt => ({ long, short, kind: 'ignore-arg', arg: true })),
  ...[
    ['max-time', 'm'],
    ['connect-timeout'],
    ['retry'],
    ['retry-delay'],
    ['retry-max-time'],
    ['max-redirs'],
    ['expect100-timeout'],
    ['keepalive-time'],
    ['speed-time', 'y'],
    ['speed-limit', 'Y'],
    ['happy-eyeballs-timeout-ms'],
  ].map(([long, short]): Opt => ({ long, short, kind: 'ignore-number', arg: true })),
  { long: 'proxy', short: 'x', kind: 'unsupported', arg: true, why: 'proxies are not simulated' },
  { long: 'preproxy', kind: 'unsupported', arg: true, why: 'proxies are not simulated' },
  { long: 'socks5', kind: 'unsupported', arg: true, why: 'proxies are not simulated' },
  { long: 'socks5-hostname', kind: 'unsupported', arg: true, why: 'proxies are not simulated' },
  { long: 'resolve', kind: 'unsupported', arg: true, why: 'put the address in the URL and the name in -H "Host: ..." instead' },
  { long: 'connect-to', kind: 'unsupported', arg: true, why: 'put the address in the URL and the name in -H "Host: ..." instead' },
  { long: 'unix-socket', kind: 'unsupported', arg: true, why: 'only TCP requests are simulated' },
  { long: 'abstract-unix-socket', kind: 'unsupported', arg: true, why: 'only TCP requests are simulated' },
  { long: 'request-target', kind: 'unsupported', arg: true, why: 'put the path in the URL instead' },
  { long: 'proto-default', kind: 'unsupported', arg: true, why: 'write the scheme in the URL instead' },
  { long: 'config', short: 'K', kind: 'unsupported', arg: true, why: 'options cannot be read from a file' },
  { long: 'next', short: ':', kind: 'unsupported', arg: false, why: 'give one request per curl command' },
  { long: 'parallel', short: 'Z', kind: 'unsupported', arg: false, why: 'give one request per curl command' },
  { long: 'haproxy-protocol', kind: 'unsupported', arg: false, why: 'the PROXY protocol is not simulated' },
  { long: 'help', short: 'h', kind: 'unsupported', arg: false, why: 'it prints help instead of sending a request' },
  { long: 'version', short: 'V', kind: 'unsupported', arg: false, why: 'it prints the version instead of sending a request' },
  { long: 'manual', short: 'M', kind: 'unsupported', arg: false, why: 'it prints the manual instead of sending a request' },
];

export const BY_LONG = new Map<string, Opt>();
export const BY_SHORT = new Map<string, Opt>();
for (const o of OPTS) {
  BY_LONG.set(o.long, o);
  if (o.short) BY_SHORT.set(o.short, o);
}
