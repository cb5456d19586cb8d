// Shapes shared by the Istio networking kinds (istio.io/latest/docs/reference/config/networking/).
import { DNS1123_LABEL, type JsonSchema, arr, int, map, num, obj, str } from './builders.ts';

export const ISTIO_VERSIONS = ['networking.istio.io/v1', 'networking.istio.io/v1beta1', 'networking.istio.io/v1alpha3'] as const;

export function stringMatch(what: string): JsonSchema {
  return obj(
    `How to match ${what}: exactly one of \`exact\`, \`prefix\` or \`regex\` (RE2, whole value). An empty \`{}\` means "present".`,
    {
      exact: str('The value must equal this string.'),
      prefix: str('The value must start with this string.'),
      regex: str('The whole value must match this RE2 regular expression (at most 1024 bytes).'),
    },
    { maxProperties: 1, errorMessage: 'takes only one of exact, prefix or regex' },
  );
}

export const portSelector = obj('The port of the destination Service. Needed when the Service exposes several ports.', {
  number: int('Port number of the Service.', 1, 65535),
});

export const destination = obj(
  'Where requests go: a Service host, optionally one subset of it (defined by a DestinationRule) and a port.',
  {
    host: str(
      'The Service: a short name (`reviews`) is read in the namespace of this VirtualService; use the full name ' +
        '(`reviews.prod.svc.cluster.local`) for another namespace. A name with a dot is taken literally.',
    ),
    subset: str('A subset defined by the DestinationRule for this host. An undefined subset gives 503 NC.', {
      pattern: DNS1123_LABEL,
      errorMessage: 'must be a valid subset name (lowercase letters, digits and -)',
    }),
    port: portSelector,
  },
  { required: ['host'] },
);

export const percent = obj('A percentage, from 0.0 to 100.0.', { value: num('The percentage, 0.0 to 100.0.', 0, 100) });

const headerOps = obj('Header changes.', {
  set: map('Headers to set, replacing existing values.', str('Header value.')),
  add: map('Headers to append.', str('Header value.')),
  remove: arr('Header names to remove.', str('Header name.')),
});

export const headers = obj('Add, set or remove request and response headers.', {
  request: headerOps,
  response: headerOps,
});

export const exportTo = arr(
  'Namespaces that see this resource: `.` for its own namespace, `*` for all (the default), or namespace names.',
  str('A namespace name, `.` or `*`.'),
);

export const workloadSelector = obj('Selects the workloads (pods) this applies to, by label.', {
  matchLabels: map('Labels the pods must carry.', str('Label value.')),
});
