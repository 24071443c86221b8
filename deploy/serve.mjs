// Dependency-free static server for the built SPA, used by the browser specs and by hand:
//
//   node deploy/serve.mjs --root dist --api DIR --port 4173 [--base /portal/] [--host 127.0.0.1]
//
// Behaves like the nginx config we hand to IT staff:
//   - a file that exists under `root` is served as is (`try_files $uri`), a directory serves its
//     index.html (`$uri/index.html`, a prerendered page, contract §6);
//   - `{base}api/...` comes from `apiDir` (default `root/api`) and is a real 404 when missing —
//     never the index.html fallback;
//   - any other GET/HEAD whose last segment has no file extension gets `root/shell.html` (else
//     `root/index.html`) with 200, so deep links and reloads work; a missing `/x.js` is a 404.
//   - dot files and folders (dist/.vite/, the build manifest) and `_headers` are 404s.
//   - every response gets the headers `root/_headers` gives its path (contract §7: the build's
//     security headers, as Cloudflare Pages or Netlify apply them; nginx: the README), and
//     `_headers` itself is not served. No `_headers`, no extra headers.
// Paths are decoded segment by segment; `.`/`..` segments, encoded slashes, NUL bytes and
// symlinks pointing outside the served folder are refused.

import { readFile, realpath } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { normaliseBase } from './base-path.mjs';
import { headersFor, parseHeadersFile } from './headers-file.mjs';
import { fileInside, safeSegments, sendFile } from './serve-files.mjs';
import { missingPage, readRedirects } from './serve-pages.mjs';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * @param {{ root?: string, apiDir?: string | null, port?: number, base?: string, host?: string,
 *           log?: boolean }} [options]
 * @returns {Promise<{ url: string, origin: string, port: number, close: () => Promise<void> }>}
 */
export async function startServer({
  root = 'dist',
  apiDir = null,
  port = 0,
  base = '/',
  host = '127.0.0.1',
  log = false,
} = {}) {
  const rootDir = await realpath(path.resolve(REPO_ROOT, root)).catch(() => {
    throw new Error(`startServer: root folder ${path.resolve(REPO_ROOT, root)} does not exist`);
  });
  const apiRoot = apiDir
    ? await realpath(path.resolve(REPO_ROOT, apiDir)).catch(() => path.resolve(REPO_ROOT, apiDir))
    : path.join(rootDir, 'api');
  const basePath = normaliseBase(base);
  const headerRules = parseHeadersFile(
    await readFile(path.join(rootDir, '_headers'), 'utf8').catch(() => ''),
  );
  const site = { rootDir, basePath, redirects: await readRedirects(rootDir) };

  const server = createServer(async (req, res) => {
    // Before any handler runs: writeHead() merges these with its own (it wins on a clash).
    const pathname = (req.url ?? '/').split(/[?#]/, 1)[0];
    for (const [name, value] of headersFor(headerRules, pathname)) res.setHeader(name, value);
    const status = await handle(req, res).catch((error) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error\n');
      else res.destroy();
      return `500 ${error?.message ?? error}`;
    });
    if (log) console.log(`${req.method} ${req.url} → ${status}`);
  });

  function send(res, code, type, body, headers = {}) {
    res.writeHead(code, {
      'Content-Type': type,
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-store',
      ...headers,
    });
    res.end(res.req.method === 'HEAD' ? undefined : body);
    return code;
  }

  async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed\n', {
        Allow: 'GET, HEAD',
      });
    }
    const rawPath = (req.url ?? '/').split(/[?#]/, 1)[0];
    if (!rawPath.startsWith('/'))
      return send(res, 400, 'text/plain; charset=utf-8', 'Bad request\n');

    if (basePath !== '/' && `${rawPath}/` === basePath) {
      const query = req.url.slice(rawPath.length);
      res.writeHead(301, { Location: `${basePath}${query}`, 'Content-Length': 0 });
      res.end();
      return 301;
    }
    if (!rawPath.startsWith(basePath)) {
      return send(res, 404, 'text/plain; charset=utf-8', 'Not found\n');
    }

    const segments = safeSegments(rawPath.slice(basePath.length - 1));
    if (!segments) return send(res, 400, 'text/plain; charset=utf-8', 'Bad request\n');

    // Not part of the site (as deploy/nginx.conf): build manifests (.vite/), dot files, and
    // the _headers and _redirects files other hosts read.
    const hostFile = /^_(?:headers|redirects)$/.test(segments.join('/'));
    if (segments.some((s) => s.startsWith('.')) || hostFile) {
      return send(res, 404, 'text/plain; charset=utf-8', 'Not found\n');
    }

    if (segments[0] === 'api') {
      const found = await fileInside(apiRoot, segments.slice(1), { directoryIndex: false });
      if (!found) {
        return send(res, 404, 'application/json; charset=utf-8', '{"error":"not found"}\n');
      }
      return sendFile(res, found);
    }

    const found = await fileInside(rootDir, segments);
    if (found) return sendFile(res, found);

    const last = segments.at(-1) ?? '';
    if (path.extname(last) !== '') {
      return send(res, 404, 'text/plain; charset=utf-8', 'Not found\n');
    }
    const page = await missingPage(site, rawPath);
    if (!page)
      return send(res, 404, 'text/plain; charset=utf-8', 'index.html missing — build first\n');
    return sendFile(res, page.found, page.status);
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = server.address().port;
  const origin = `http://${host}:${actualPort}`;
  return {
    url: `${origin}${basePath}`,
    origin,
    port: actualPort,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Chromium keeps connections alive; don't let them hold the process open.
        server.closeAllConnections?.();
      }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { values } = parseArgs({
    options: {
      root: { type: 'string', default: 'dist' },
      api: { type: 'string' },
      port: { type: 'string', default: '4173' },
      base: { type: 'string', default: '/' },
      host: { type: 'string', default: '127.0.0.1' },
      log: { type: 'boolean', default: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log('usage: node deploy/serve.mjs [--root dist] [--api DIR] [--port 4173] [--base /]');
    process.exit(0);
  }
  // Relative paths on the command line are relative to where the command runs.
  const options = {
    root: path.resolve(process.cwd(), values.root),
    apiDir: values.api ? path.resolve(process.cwd(), values.api) : null,
    port: Number(values.port),
    base: values.base,
    host: values.host,
    log: values.log,
  };
  const server = await startServer(options);
  console.log(`Serving ${options.root} at ${server.url}`);
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
