/**
 * Arbitrary text: plain random strings, and "token soup" built from the pieces YAML and curl
 * lines are made of, so the generated inputs reach deep into the parsers instead of failing
 * on the first character.
 */
import fc from 'fast-check';

export const XSS = '<img src=x onerror=window.__xss=1>';

const YAML_TOKENS = [
  '\n', '\n', '\n  ', '  ', '    ', '- ', ': ', ':', '---\n', '...\n', '# c\n', '&a ', '*a', '&b ', '*b', '<<: *a\n',
  '{', '}', '[', ']', ', ', '"', "'", '\\', '\t', '!!str ', '!!int ', '!!binary ', '!!map ', '!custom ', '%YAML 1.2\n',
  '%TAG ! tag:x,2000:\n', '? ', '|\n', '>-\n', '~', 'null', 'true', 'yes', '0x1F', '1e400', '-0', '.nan', '012',
  'apiVersion: ', 'kind: ', 'metadata:\n  ', 'name: ', 'namespace: ', 'labels:\n    ', 'spec:\n  ', 'v1',
  'apps/v1', 'networking.istio.io/v1', 'networking.istio.io/v1alpha3', 'playground/v1', 'Namespace', 'Service',
  'Deployment', 'Pod', 'VirtualService', 'DestinationRule', 'Gateway', 'Traffic', 'Test', 'hosts: [svc]\n',
  'http:\n  - route:\n    - destination: {host: svc, subset: v1}\n', 'weight: ', 'subsets:\n  - name: v1\n',
  'replicas: ', 'selector: {app: a}\n', 'ports: [{port: 80}]\n', 'from: client\n', 'rate: ', 'requests: ["curl http://svc"]\n',
  XSS, '\u0000', '\uFEFF', '\u2028', '😀', 'é', '\r\n',
];

const CURL_TOKENS = [
  'curl', ' ', ' ', '-H', '--header', "'foo: bar'", '"x-user: alice"', '-X', 'POST', '-d', '--data', '@file', '-b',
  'a=b;c=d', '--cookie', '-I', '-G', '--url', '-A', '-e', '-u', 'user:pw', '--resolve', '-L', '-k', '--json', '{}',
  'http://', 'https://', 'svc', 'svc.lab', 'svc.lab.svc.cluster.local', ':8080', ':0', ':99999', '/', '/ping', '?a=1',
  '&b=2', '#frag', '%2F', '%zz', '[', ']', '{a,b}', '\\', "'", '"', '$HOME', '`id`', '$(id)', ';', '|', '&&', '>', '\n',
  '\\\n', '--', '-', '--no-such-flag', '[::1]', '10.0.0.1', 'user@', XSS, 'é', '\t',
];

/** Unbiased strings of every kind of character, including lone surrogates and NULs. */
export const randomText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
);

function soup(tokens: readonly string[], maxLength: number) {
  return fc
    .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...tokens) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), { maxLength })
    .map((parts) => parts.join(''));
}

/** Text that looks like (broken) scenario YAML. */
export const yamlishText = soup(YAML_TOKENS, 120);

/** Text that looks like (broken) curl command lines. */
export const curlishText = fc.oneof(
  soup(CURL_TOKENS, 30),
  soup(CURL_TOKENS, 12).map((s) => `curl ${s}`),
  randomText.map((s) => `curl ${s}`),
);

export const anyText = fc.oneof({ weight: 2, arbitrary: randomText }, { weight: 3, arbitrary: yamlishText });
