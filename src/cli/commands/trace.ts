import { TraceSink, createRng, findTrafficSource, parseCurl, routeRequest } from '../../engine/index.ts';
import { intFlag, parseArgs } from '../args.ts';
import { CliError } from '../cliError.ts';
import { loadScenarioFile } from '../loadFile.ts';

export function runTrace(argv: string[], out: (s: string) => void): number {
  const { positionals, flags } = parseArgs(argv, { from: 'string', curl: 'string', seed: 'string', json: 'boolean' });
  if (positionals.length > 1) throw new CliError(`trace takes one scenario file, got ${positionals.length}`);
  const seed = intFlag(flags, 'seed', 1, 0, 0xffffffff);
  if (typeof flags.from !== 'string') throw new CliError('trace needs --from NAMESPACE/NAME (a Pod, or a Deployment meaning its first pod)');
  if (typeof flags.curl !== 'string') throw new CliError('trace needs --curl "<curl command>"');
  const scenario = loadScenarioFile(positionals[0]);
  const from = flags.from.includes('/') ? flags.from : `default/${flags.from}`;
  const client = findTrafficSource(scenario.model, from);
  if (!client) {
    const known = scenario.model.pods.slice(0, 8).map((p) => `${p.namespace}/${p.name}`).join(', ');
    throw new CliError(`--from ${flags.from}: no Pod or Deployment of that name in ${scenario.path} (pods: ${known || 'none'})`);
  }
  const parsed = parseCurl(flags.curl);
  if (!parsed.ok) throw new CliError(`--curl: ${parsed.error}`);
  const trace = new TraceSink();
  const d = routeRequest(scenario.mesh, client, parsed.request, createRng(seed), trace);
  const result = {
    status: d.status,
    pod: d.pod ? { namespace: d.pod.namespace, name: d.pod.name, ip: d.pod.ip, port: d.podPort } : null,
    cluster: d.cluster ?? null,
    flags: d.flags,
    steps: trace.steps.map((s) => ({ stage: s.stage, message: s.message, ref: s.ref ?? null })),
  };
  if (flags.json) {
    out(JSON.stringify(result));
    return 0;
  }
  trace.steps.forEach((s, i) => out(`${String(i + 1).padStart(2)}. [${s.stage}] ${s.message}${s.ref ? `  (${s.ref.kind} ${s.ref.namespace}/${s.ref.name}, line ${s.ref.line})` : ''}`));
  out('');
  out(`=> ${d.status === 0 ? 'no response' : d.status}${d.flags.length ? ' ' + d.flags.join(',') : ''}${d.pod ? ` from ${d.pod.name} ${d.pod.ip}:${d.podPort}` : ''}`);
  return 0;
}
