import { useEffect, type FormEvent } from 'react';
import type { TopoClient } from '../../../engine/topology/types.ts';
import { useAppStore } from '../../../state/store.ts';
import { TEST_IDS } from '../../testIds.ts';
import { sendComposedRequest } from './traceActions.ts';
import { patchTraceTab, useTraceTab } from './traceStore.ts';

/** Client picker + curl line + Send. The curl line starts as the client's first Traffic request. */
// A stable empty list: a selector returning a fresh [] makes zustand re-render forever (React #185).
const NO_CLIENTS: readonly TopoClient[] = [];

export function TraceComposer() {
  const clients = useAppStore((s) => s.engine.topology?.clients ?? NO_CLIENTS);
  const requests = useAppStore((s) => s.engine.trafficRequests);
  const { clientId, curl, curlEdited, pending } = useTraceTab();
  const client = clients.find((c) => c.id === clientId) ?? clients[0];
  const defaultCurl = requests.find((r) => r.clientId === client?.id)?.curl ?? '';

  // A new scenario: keep the choice when it still exists, refill the curl line unless edited.
  useEffect(() => {
    if (client && client.id !== clientId) patchTraceTab({ clientId: client.id });
    if (!curlEdited && defaultCurl !== curl) patchTraceTab({ curl: defaultCurl });
  }, [client, clientId, curlEdited, defaultCurl, curl]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!client || !curl.trim()) return;
    void sendComposedRequest(`${client.namespace}/${client.name}`, curl);
  }

  return (
    <form className="trace-composer" onSubmit={onSubmit} aria-label="Send one request">
      <label className="trace-field">
        <span className="visually-hidden">Client</span>
        <select
          value={client?.id ?? ''}
          data-testid={TEST_IDS.traceClient}
          onChange={(e) => patchTraceTab({ clientId: e.target.value, curlEdited: false })}
          disabled={clients.length === 0}
          title="The pod that sends the request"
        >
          {clients.map((c) => (
            <option key={c.id} value={c.id}>
              {c.deployment ?? c.name} ({c.namespace}){c.hasSidecar ? '' : ' · no sidecar'}
            </option>
          ))}
        </select>
      </label>
      <label className="trace-field trace-curl-field">
        <span className="visually-hidden">curl command</span>
        <input
          type="text"
          className="trace-curl"
          spellCheck={false}
          value={curl}
          data-testid={TEST_IDS.traceCurl}
          placeholder="curl http://service.namespace:8080/path"
          onChange={(e) => patchTraceTab({ curl: e.target.value, curlEdited: true })}
        />
      </label>
      <button type="submit" className="text-button trace-send" data-testid={TEST_IDS.traceSend} disabled={!client || !curl.trim() || pending}>
        Send
      </button>
      {curlEdited && defaultCurl && curl !== defaultCurl && (
        <button type="button" className="text-button" onClick={() => patchTraceTab({ curl: defaultCurl, curlEdited: false })} title={defaultCurl}>
          Reset
        </button>
      )}
    </form>
  );
}
