import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.ttf': 'font/ttf', '.woff2': 'font/woff2',
  '.wasm': 'application/wasm', '.txt': 'text/plain',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  origin: string;
  close(): Promise<void>;
}

/**
 * A plain static host for tests, like any web server a reader might deploy to: `dir` served under
 * `mount` (e.g. '/docs/playground/'), plus fixed HTML `pages` by path. No SPA fallback, no rewrites.
 */
export async function startStaticServer(options: { dir?: string; mount?: string; pages?: Record<string, string> }): Promise<StaticServer> {
  const root = options.dir ? resolve(options.dir) : null;
  const mount = options.mount ?? '/';
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const page = options.pages?.[path];
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end(page);
      return;
    }
    if (!root || !path.startsWith(mount)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(root, path.slice(mount.length)));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}
