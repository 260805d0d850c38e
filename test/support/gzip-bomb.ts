/**
 * A loopback server whose every answer is a gzip bomb: 1 GiB of zeros as 16
 * gzip members of 64 MiB each, about 1 MB on the wire. It stops writing when
 * the client hangs up.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export interface GzipBomb {
  url: string;
  /** Bytes sent for one whole answer. */
  wireBytes: number;
  /** Requests answered so far. */
  requests(): number;
  close(): void;
}

export async function startGzipBomb(): Promise<GzipBomb> {
  const member = gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
  let asked = 0;
  const server = createServer((_, res) => {
    asked++;
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    let sent = 0;
    const more = (): void => {
      while (sent < 16) {
        sent++;
        if (!res.write(member)) return void res.once('drain', more);
      }
      res.end();
    };
    res.on('close', () => (sent = 16));
    more();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/advisories`,
    wireBytes: member.length * 16,
    requests: () => asked,
    close() {
      server.closeAllConnections();
      server.close();
    },
  };
}
