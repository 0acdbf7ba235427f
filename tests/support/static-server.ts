/**
 * Test helper: serve a built site folder over HTTP on 127.0.0.1, the way a static host does.
 * The site lives under its base path (`/` or `/sub/`); anything else, and any missing file, gets
 * the site's own `404.html` with status 404, so a link that leaves the base path reads as broken.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

/** A running server for one built site. */
export interface StaticServer {
  /** `http://127.0.0.1:<port>` — no trailing slash. */
  origin: string;
  /** Base path the site is served under, with leading and trailing slash. */
  base: string;
  /** Absolute URL of a site path given without the base (`papers/x/` → `http://…/sub/papers/x/`). */
  url(path?: string): string;
  /** Stop listening and drop open connections. */
  close(): Promise<void>;
}

function notFound(dir: string): (req: IncomingMessage, res: ServerResponse) => void {
  const page = join(dir, '404.html');
  return (_req, res) => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(
      existsSync(page) ? readFileSync(page) : '<!doctype html><title>Not found</title><h1>Not found</h1>',
    );
  };
}

/**
 * Serve `dir` under `base` on a free port of 127.0.0.1; `onRequest` hears the path of every
 * request (the benchmark counts what a search downloads with it). Fails with a hint when the
 * folder holds no built site.
 */
export async function serveSite(
  dir: string,
  base = '/',
  onRequest?: (path: string) => void,
): Promise<StaticServer> {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(
      `${dir}/index.html is missing: build the site before serving it (see package.json "test")`,
    );
  }
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const onNoMatch = notFound(dir);
  const files = sirv(dir, { dev: false, etag: true, dotfiles: false, onNoMatch });
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    onRequest?.(decodeURIComponent(url.split('?')[0] ?? url));
    if (!url.startsWith(prefix)) return onNoMatch(req, res);
    req.url = `/${url.slice(prefix.length)}`;
    files(req, res, () => onNoMatch(req, res));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    base: prefix,
    url: (path = '') => `${origin}${prefix}${path.replace(/^\/+/, '')}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
