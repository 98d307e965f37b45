/**
 * The dashboard's files (dist/web, built by `npm run build:web` from web/) for `mamori serve`.
 * Hashed assets are cached for a year (their name changes with their content); index.html is
 * revalidated every time and answers every page path of the single-page app, never an /api/ path
 * (an unknown API route stays a JSON 404).
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { MiddlewareHandler } from 'hono';
import { packageRoot } from '../version.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const NOT_BUILT = 'The mamori dashboard is not built in this copy: run "npm run build:web" (or "npm run build"). The API answers at /api/v1/ (see /api/v1/openapi.json).\n';

export function webRoot(): string {
  return join(packageRoot(), 'dist', 'web');
}

async function fileAt(root: string, path: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = resolve(root, `.${decoded}`);
  // Never outside the build folder, whatever the path says (.., encoded slashes).
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  try {
    return (await stat(file)).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/** Serves the web app from `root` (default dist/web); mount it after the API routes. */
export function serveWeb(root = webRoot()): MiddlewareHandler {
  const base = resolve(root);
  return async (c, next) => {
    const path = c.req.path;
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || path === '/api' || path.startsWith('/api/')) return next();
    const file = path === '/' || path === '/index.html' ? undefined : await fileAt(base, path);
    if (file) {
      const hashed = path.startsWith('/assets/');
      c.header('Content-Type', TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
      c.header('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      if (c.req.method === 'HEAD') return c.body(null);
      return c.body(new Uint8Array(await readFile(file)));
    }
    // A missing asset is a 404; any other path is a page of the app, drawn by index.html.
    if (path.startsWith('/assets/')) return next();
    let html: Uint8Array<ArrayBuffer>;
    try {
      html = new Uint8Array(await readFile(join(base, 'index.html')));
    } catch {
      c.header('Cache-Control', 'no-store');
      return c.text(NOT_BUILT, 503);
    }
    c.header('Content-Type', TYPES['.html']);
    c.header('Cache-Control', 'no-cache');
    return c.req.method === 'HEAD' ? c.body(null) : c.body(html);
  };
}
