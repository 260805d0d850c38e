/**
 * A real HTTP server on 127.0.0.1 that speaks OSV.dev's API shapes
 * (`POST /v1/querybatch`, `GET /v1/vulns/{id}`) over the real malicious-package
 * records vendored in data/osv, so the real client code runs in tests.
 *
 * Also home of the scripted-fault machinery both fake servers use: every
 * request is recorded, and faults (delay, HTTP status n times, connection
 * reset, 429 with Retry-After, malformed JSON) can be armed per path.
 */
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import semver from 'semver';
import type { OsvRecord } from '../../src/core/osv.js';
import { DATA } from '../helpers.js';

/** One request the server saw. */
export interface RecordedRequest {
  method: string;
  /** Path and query as sent. */
  url: string;
  pathname: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A fault served instead of the normal answer. */
export type Fault =
  | { kind: 'delay'; ms: number }
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: string }
  | { kind: 'reset' }
  | { kind: 'malformed' }
  /** Any body with any status: an empty 200, an HTML page, JSON of another shape. */
  | { kind: 'body'; status?: number; text: string; contentType?: string }
  /** The normal answer, its Content-Length announced in full, cut off halfway by closing the connection. */
  | { kind: 'truncate' }
  /** Never answers (the connection stays open until the client gives up or the server closes). */
  | { kind: 'hang' }
  /** Headers at once, then the normal body one byte every `intervalMs` (a slowloris answer). */
  | { kind: 'slowloris'; intervalMs: number };

/** What a route answers: a status, JSON (or raw text) and headers. */
export interface RouteAnswer {
  status: number;
  json?: unknown;
  text?: string;
  /** A binary body (a tarball); beats `text` and `json`. */
  bytes?: Uint8Array;
  headers?: Record<string, string>;
}

/** A server with recorded requests and armed faults. */
export interface ScriptedServer {
  /** `http://127.0.0.1:PORT` (no trailing slash). */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /**
   * Serves `fault` for the next `times` requests (default: every one) whose path starts with `path`
   * (a string) or whose path and query match it (a RegExp), and whose method is `method` when one is given.
   */
  fault(path: string | RegExp, fault: Fault, times?: number, method?: string): void;
  /** Drops armed faults and recorded requests. */
  reset(): void;
  close(): Promise<void>;
}

interface ArmedFault {
  path: string | RegExp;
  method?: string;
  fault: Fault;
  remaining: number;
}

/** Options of a scripted server. */
export interface ScriptedServerOptions {
  /** Every answer waits this long before the route runs (a realistic round trip). */
  latencyMs?: number;
}

/** Starts a loopback server on port 0 that routes requests to `route`, with faults and recording. */
export async function startScriptedServer(
  route: (request: RecordedRequest) => RouteAnswer,
  options: ScriptedServerOptions = {},
): Promise<ScriptedServer> {
  const requests: RecordedRequest[] = [];
  let faults: ArmedFault[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const later = (res: ServerResponse, ms: number, then: () => void): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!res.destroyed) then();
    }, ms);
    timers.add(timer);
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = req.url ?? '/';
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        url,
        pathname: new URL(url, 'http://127.0.0.1').pathname,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      const armed = faults.find(
        (f) =>
          f.remaining > 0 &&
          (f.method === undefined || f.method === recorded.method) &&
          (typeof f.path === 'string' ? recorded.pathname.startsWith(f.path) : f.path.test(recorded.url)),
      );
      if (armed) armed.remaining -= 1;
      const routed = (): RouteAnswer => {
        try {
          return route(recorded);
        } catch (error) {
          return { status: 500, json: { message: String(error) } };
        }
      };
      const serve = (): void => {
        if (!armed) return send(res, routed());
        const fault = armed.fault;
        switch (fault.kind) {
          case 'delay':
            return later(res, fault.ms, () => send(res, routed()));
          case 'status':
            return send(res, {
              status: fault.status,
              text: fault.body ?? JSON.stringify({ message: `scripted HTTP ${fault.status}` }),
              headers: fault.headers,
            });
          case 'reset':
            req.socket.destroy();
            return;
          case 'malformed':
            return send(res, { status: 200, text: '{"results": [{"vulns": [' });
          case 'body':
            return send(res, {
              status: fault.status ?? 200,
              text: fault.text,
              headers: { 'content-type': fault.contentType ?? 'application/json; charset=utf-8' },
            });
          case 'truncate': {
            const { head, body } = encode(routed());
            const bytes = Buffer.from(body);
            res.writeHead(head.status, { ...head.headers, 'content-length': String(bytes.length) });
            res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
            // Let the half go out, then drop the connection mid-body.
            later(res, 20, () => req.socket.destroy());
            return;
          }
          case 'hang':
            return;
          case 'slowloris': {
            const { head, body } = encode(routed());
            const bytes = Buffer.from(body);
            res.writeHead(head.status, { ...head.headers, 'content-length': String(bytes.length) });
            let sent = 0;
            const drip = (): void => {
              if (sent >= bytes.length) return void res.end();
              res.write(bytes.subarray(sent, ++sent));
              later(res, fault.intervalMs, drip);
            };
            return drip();
          }
        }
      };
      if (options.latencyMs) later(res, options.latencyMs, serve);
      else serve();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    fault(path, fault, times = Number.POSITIVE_INFINITY, method) {
      faults.push({ path, fault, remaining: times, ...(method ? { method } : {}) });
    },
    reset() {
      faults = [];
      requests.length = 0;
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function send(res: ServerResponse, answer: RouteAnswer): void {
  const { head, body } = encode(answer);
  res.writeHead(head.status, head.headers);
  res.end(body);
}

function encode(answer: RouteAnswer): {
  head: { status: number; headers: Record<string, string> };
  body: string | Uint8Array;
} {
  const body = answer.bytes ?? answer.text ?? JSON.stringify(answer.json ?? null);
  const type = answer.bytes ? 'application/octet-stream' : 'application/json';
  return { head: { status: answer.status, headers: { 'content-type': type, ...answer.headers } }, body };
}

let snapshotCache: OsvRecord[] | undefined;

/** A file of the vendored advisory records (data/osv). */
export function dataFile(name: string): string {
  return path.join(DATA, name);
}

/** The real malicious-package records of data/osv (22,256), read once per process. */
export function snapshotRecords(): OsvRecord[] {
  snapshotCache ??= gunzipSync(readFileSync(dataFile('osv-malicious-npm.jsonl.gz')))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as OsvRecord);
  return snapshotCache;
}

/**
 * Whether `record` lists `name@version`: an explicit version, or a SEMVER range
 * whose interval holds it (introduced "0" = every version). Deliberately simple
 * and independent of the production matcher.
 */
export function recordListsVersion(record: OsvRecord, name: string, version: string): boolean {
  return (record.affected ?? []).some((affected) => {
    if (affected.package?.name !== name) return false;
    if (affected.versions?.includes(version)) return true;
    return (affected.ranges ?? []).some((range) => {
      let inside = false;
      for (const event of range.events ?? []) {
        if (event.introduced !== undefined) {
          if (event.introduced === '0' || (semver.valid(version) && semver.gte(version, event.introduced)))
            inside = true;
        } else if (event.fixed !== undefined && inside && semver.valid(version) && semver.gte(version, event.fixed)) {
          inside = false;
        } else if (
          event.last_affected !== undefined &&
          inside &&
          semver.valid(version) &&
          semver.gt(version, event.last_affected)
        ) {
          inside = false;
        }
      }
      return inside;
    });
  });
}

/** Settings of the fake OSV.dev. */
export interface OsvServerOptions {
  /** Records served (default: the real snapshot). */
  records?: OsvRecord[];
  /** Most vulns per query per querybatch answer; more come through `next_page_token` (default: no paging). */
  pageSize?: number;
}

/** A fake OSV.dev: a scripted server plus a way to add records only it knows. */
export interface OsvServer extends ScriptedServer {
  /** Adds a record (a "live-only" one that the snapshot does not hold). */
  addRecord(record: OsvRecord): void;
}

/** OSV.dev rejects larger batches. */
const MAX_QUERIES = 1000;

/** Starts a fake OSV.dev on 127.0.0.1. */
export async function startOsvServer(options: OsvServerOptions = {}): Promise<OsvServer> {
  const byName = new Map<string, OsvRecord[]>();
  const byId = new Map<string, OsvRecord>();
  const add = (record: OsvRecord): void => {
    byId.set(record.id, record);
    for (const name of new Set((record.affected ?? []).map((a) => a.package?.name ?? ''))) {
      byName.set(name, [...(byName.get(name) ?? []), record]);
    }
  };
  for (const record of options.records ?? snapshotRecords()) add(record);

  const server = await startScriptedServer((request) => {
    if (request.method === 'POST' && request.pathname === '/v1/querybatch') {
      return querybatch(request.body, byName, options.pageSize);
    }
    const vuln = /^\/v1\/vulns\/(.+)$/.exec(request.pathname);
    if (request.method === 'GET' && vuln) {
      const record = byId.get(decodeURIComponent(vuln[1] ?? ''));
      return record ? { status: 200, json: record } : { status: 404, json: { code: 5, message: 'Bug not found.' } };
    }
    return { status: 404, json: { code: 5, message: 'Not found.' } };
  });
  return { ...server, addRecord: add };
}

interface IncomingQuery {
  package?: { name?: string; ecosystem?: string };
  version?: string;
  page_token?: string;
}

function querybatch(body: string, byName: Map<string, OsvRecord[]>, pageSize: number | undefined): RouteAnswer {
  let queries: IncomingQuery[];
  try {
    queries = (JSON.parse(body) as { queries: IncomingQuery[] }).queries;
    if (!Array.isArray(queries)) throw new Error('no queries');
  } catch {
    return { status: 400, json: { code: 3, message: 'Invalid query.' } };
  }
  if (queries.length > MAX_QUERIES) {
    return { status: 400, json: { code: 3, message: `Too many queries (${queries.length}).` } };
  }
  const results = queries.map((query) => {
    const name = query.package?.name ?? '';
    const version = query.version ?? '';
    if (query.package?.ecosystem !== 'npm') return {};
    const hits = (byName.get(name) ?? []).filter((r) => recordListsVersion(r, name, version));
    const offset = query.page_token ? Number(Buffer.from(query.page_token, 'base64url').toString('utf8')) : 0;
    const size = pageSize ?? hits.length;
    const page = hits.slice(offset, offset + size);
    const vulns = page.map((r) => ({ id: r.id, modified: r.modified }));
    const more = offset + size < hits.length;
    return {
      ...(vulns.length > 0 ? { vulns } : {}),
      ...(more ? { next_page_token: Buffer.from(String(offset + size)).toString('base64url') } : {}),
    };
  });
  return { status: 200, json: { results } };
}
