// The portal as the engine journeys see it: deploy/serve.mjs (`startServer`, the build's
// _headers and all) behind a small recording proxy, so that every engine is watched the same
// way, whatever its automation protocol lets a test hook into:
//
//   - every HTML answer gets `<script src="/__engines/probe.js">` first in its head (a file of
//     the portal's own origin: `script-src 'self'` allows it; the page's inline scripts and
//     their hashes are untouched). The probe reports `securitypolicyviolation` events, uncaught
//     errors, unhandled rejections and `console.error` calls to the proxy with `sendBeacon`.
//   - every Content-Security-Policy header gets `report-uri /__engines/csp-report`: a violation
//     in a worker (Pagefind's) or before the probe runs is reported by the browser itself.
//     (report-uri only adds reporting; what the policy allows or refuses is unchanged.)
//   - `offline()` closes the port for real (a service worker's own fetches ignore emulated
//     offline) and `online()` opens the same port again: a worker belongs to one origin.
//
// The journeys read and clear what was recorded with `takeLog()` after each of them.

import { createServer, request } from 'node:http';
import { startServer } from '../../../deploy/serve.mjs';
import { serveOnePage } from '../one-page-server.mjs';

const PROBE_PATH = '/__engines/probe.js';
const LOG_PATH = '/__engines/log';
const REPORT_PATH = '/__engines/csp-report';

/** Runs in the page, first thing in its head: reports to `LOG_PATH` on the page's origin. */
function probe(logUrl) {
  // A page being left cancels its pending loads (WebKit then rejects a dynamic import with
  // "Importing a module script failed"): not the page's fault, not reported.
  let leaving = false;
  addEventListener('pagehide', () => {
    leaving = true;
  });
  addEventListener('pageshow', () => {
    leaving = false;
  });
  const send = (kind, text) => {
    if (leaving) return;
    try {
      navigator.sendBeacon(logUrl, JSON.stringify({ kind, text, url: location.href }));
    } catch {
      // A document being torn down: nothing to tell.
    }
  };
  document.documentElement.setAttribute('data-engines-probe', '1');
  addEventListener(
    'securitypolicyviolation',
    (e) =>
      send(
        'violation',
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}` +
          (e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : '') +
          (e.sample ? ` — "${e.sample}"` : ''),
      ),
    true,
  );
  addEventListener(
    'error',
    (e) => {
      // Script errors are ErrorEvents; a resource that failed to load is a plain Event.
      if (e.message !== undefined) {
        send(
          'error',
          `${e.message} (${e.filename}:${e.lineno})${e.error?.stack ? `\n${e.error.stack}` : ''}`,
        );
      } else {
        const t = e.target;
        send('resource', `failed to load ${t?.src || t?.href || t?.tagName}`);
      }
    },
    true,
  );
  addEventListener('unhandledrejection', (e) =>
    send('error', `unhandled rejection: ${e.reason?.stack || e.reason}`),
  );
  const original = console.error;
  console.error = function (...args) {
    send(
      'console',
      args.map((a) => (a instanceof Error ? a.stack || a.message : String(a))).join(' '),
    );
    return original.apply(this, args);
  };
}

export const probeScript = (origin = '') =>
  `(${probe})(${JSON.stringify(`${origin}${LOG_PATH}`)});\n`;

/**
 * @param {{ root: string, apiDir: string }} options as for `startServer`
 * @returns {Promise<{ url: string, origin: string, port: number, log: object[],
 *   takeLog: () => object[], offline: () => Promise<void>, online: () => Promise<void>,
 *   close: () => Promise<void> }>}
 */
export async function instrumentedServer({ root, apiDir }) {
  const backend = await startServer({ root, apiDir, port: 0 });
  const log = [];
  const record = (entry) => log.push({ at: Date.now(), ...entry });

  const handler = (req, res) => {
    const pathname = (req.url ?? '/').split(/[?#]/, 1)[0];
    if (pathname === PROBE_PATH) {
      res.writeHead(200, {
        'Content-Type': 'text/javascript; charset=utf-8',
        'Cache-Control': 'no-store',
      });
      res.end(probeScript());
      return;
    }
    if (req.method === 'POST' && (pathname === LOG_PATH || pathname === REPORT_PATH)) {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        if (pathname === REPORT_PATH) {
          let report = {};
          try {
            report = JSON.parse(text)['csp-report'] ?? {};
          } catch {}
          record({
            kind: 'violation',
            text: `${report['effective-directive'] ?? report['violated-directive']} blocked ${report['blocked-uri'] || '(inline)'} (report-uri)`,
            url: report['document-uri'],
          });
        } else {
          try {
            record(JSON.parse(text));
          } catch {
            record({ kind: 'console', text });
          }
        }
        res.writeHead(204, { 'Access-Control-Allow-Origin': '*' });
        res.end();
      });
      return;
    }
    const headers = { ...req.headers, host: `127.0.0.1:${backend.port}` };
    delete headers['accept-encoding']; // plain bodies, so that HTML can be instrumented
    const upstream = request(
      { host: '127.0.0.1', port: backend.port, method: req.method, path: req.url, headers },
      (up) => {
        const out = { ...up.headers };
        const csp = out['content-security-policy'];
        if (csp) out['content-security-policy'] = `${csp}; report-uri ${REPORT_PATH}`;
        const html = /^text\/html/.test(String(out['content-type'] ?? ''));
        if (!html || req.method !== 'GET') {
          res.writeHead(up.statusCode ?? 502, out);
          up.pipe(res);
          return;
        }
        const chunks = [];
        up.on('data', (c) => chunks.push(c));
        up.on('end', () => {
          const body = Buffer.from(
            Buffer.concat(chunks)
              .toString('utf8')
              .replace(/<head[^>]*>/i, (head) => `${head}<script src="${PROBE_PATH}"></script>`),
          );
          out['content-length'] = String(body.length);
          res.writeHead(up.statusCode ?? 502, out);
          res.end(body);
        });
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  };

  let server;
  let port = 0;
  async function listen() {
    server = createServer(handler);
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
    port = server.address().port;
  }
  async function stop() {
    if (!server) return;
    const s = server;
    server = undefined;
    await new Promise((resolve) => {
      s.close(() => resolve());
      s.closeAllConnections();
    });
  }
  await listen();
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    origin,
    port,
    apiDir,
    log,
    takeLog: () => log.splice(0),
    offline: stop,
    online: async () => {
      if (!server) await listen();
    },
    close: async () => {
      await stop();
      await backend.close();
    },
  };
}

/**
 * A ward's website on another origin: `html(portalOrigin)` as its only page, with the probe
 * inlined (its reports go to the portal's proxy, so one log holds both sides).
 */
export async function wardSite(portal, body) {
  const page = `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>Phường Một</title>
<script>${probeScript(portal.origin)}</script></head>
<body style="margin:0;padding:16px;max-width:480px">
${body}
</body>
</html>`;
  return serveOnePage(page);
}
