/**
 * A forward HTTP proxy on 127.0.0.1, as corporate networks run them: CONNECT
 * tunnels (what undici's ProxyAgent sends, for http and https targets) and
 * absolute-URI requests (what curl sends for http targets). It records the
 * `host:port` of every request it carried, and can demand Basic credentials.
 */
import { createServer, request as httpRequest } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface ProxyServer {
  /** `http://127.0.0.1:PORT`. */
  readonly url: string;
  /** `host:port` of each tunnel or request carried, in order. */
  readonly carried: string[];
  /** Proxy-Authorization headers seen. */
  readonly authorizations: string[];
  close(): Promise<void>;
}

export async function startProxyServer(options: { requireAuth?: string } = {}): Promise<ProxyServer> {
  const carried: string[] = [];
  const authorizations: string[] = [];
  const sockets = new Set<Socket>();
  const allowed = (header: string | undefined): boolean => {
    if (header) authorizations.push(header);
    return !options.requireAuth || header === `Basic ${Buffer.from(options.requireAuth).toString('base64')}`;
  };

  const server = createServer((req, res) => {
    // Absolute-URI form: GET http://host:port/path HTTP/1.1
    if (!allowed(req.headers['proxy-authorization'])) {
      res.writeHead(407, { 'proxy-authenticate': 'Basic' }).end();
      return;
    }
    const target = new URL(req.url ?? '/');
    carried.push(target.host);
    const headers = { ...req.headers };
    delete headers['proxy-authorization'];
    const upstream = httpRequest(target, { method: req.method, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, client: Socket, head: Buffer) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    if (!allowed(req.headers['proxy-authorization'])) {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic\r\n\r\n');
      return;
    }
    const [host, port] = (req.url ?? '').split(':');
    carried.push(req.url ?? '');
    const upstream = connect(Number(port), host ?? '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'));
    client.on('error', () => upstream.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    carried,
    authorizations,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
