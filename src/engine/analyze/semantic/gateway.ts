import type { Gateway } from '../../model/mesh.ts';
import { isRecord, listAt } from '../context.ts';
import type { Sink } from './rules.ts';

const PROTOCOLS = ['HTTP', 'HTTPS', 'GRPC', 'GRPC-WEB', 'HTTP2', 'MONGO', 'REDIS', 'MYSQL', 'TCP', 'TLS'];

/** Istio's validateServerPort (validation.go): the server protocol must be one Istio knows (any case). */
export function validateGateway(gw: Gateway, sink: Sink): void {
  listAt(gw.spec.servers).forEach((server, i) => {
    if (!isRecord(server) || !isRecord(server.port) || typeof server.port.protocol !== 'string') return;
    const protocol = server.port.protocol;
    if (!PROTOCOLS.includes(protocol.toUpperCase())) {
      sink(['spec', 'servers', i, 'port', 'protocol'], `invalid protocol "${protocol}", supported protocols are ${PROTOCOLS.join(', ')}`);
    }
  });
}
