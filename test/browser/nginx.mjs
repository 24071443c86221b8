// A real nginx serving deploy/nginx.conf, for the nginx specs and the republish bench.
//
//   const nginx = await startNginx({ root: '/tmp/x/site' });   // http://127.0.0.1:PORT/
//   …
//   await nginx.stop();
//
// The server block is deploy/nginx.conf as an IT officer would use it: only its listen, root
// and server_name lines are replaced. It is included in a main configuration of our own
// (prefix, pid, logs and temp folders under a scratch folder) with Debian's stock mime.types,
// and, when we are root, workers running as `nobody`, so that a file the web server's user
// cannot read fails the specs as it would fail in production.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';
export const MIME_TYPES = process.env.NGINX_MIME_TYPES || '/etc/nginx/mime.types';
export const NGINX_CONF = fileURLToPath(new URL('../../deploy/nginx.conf', import.meta.url));

export function nginxAvailable() {
  return existsSync(NGINX) && existsSync(MIME_TYPES);
}

/**
 * Why the nginx specs cannot run here, or null. Outside CI a machine without nginx skips them
 * with this message; in CI (CI=true) they must run, so it is an error there.
 */
export function nginxMissing() {
  if (nginxAvailable()) return null;
  return `nginx not found (${NGINX}, ${MIME_TYPES}): apt-get install -y nginx, or set NGINX_PATH`;
}

/** A port free right now on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The server block with its three EDIT lines set; each must be there exactly once. */
export function siteConf(text, { port, root, serverName = '127.0.0.1' }) {
  const replace = (source, directive, value) => {
    const pattern = new RegExp(`^(\\s*)${directive}\\s[^;]*;`, 'gm');
    const found = source.match(pattern)?.length ?? 0;
    if (found !== 1)
      throw new Error(`deploy/nginx.conf: expected one "${directive}" line, found ${found}`);
    return source.replace(pattern, `$1${directive} ${value};`);
  };
  let conf = replace(text, 'listen', `127.0.0.1:${port}`);
  conf = replace(conf, 'server_name', serverName);
  return replace(conf, 'root', root);
}

/**
 * Starts nginx in the foreground (`daemon off`, a child of this process) on a free port.
 * `conf` is the server block's text (default: deploy/nginx.conf); `root` its web root.
 * `sites: [{ conf, root, base }, …]` includes several blocks in one `http {}` (each on its own
 * port), as a server hosting the portal at `/` and at `/portal/` would; `sites[i]` of the
 * result has each one's `origin` and `url`, the first is also the result's own.
 */
export async function startNginx({ root, conf, base = '/', sites: given }) {
  const missing = nginxMissing();
  if (missing) throw new Error(missing);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'portal-nginx-'));
  for (const sub of ['tmp', 'logs']) await mkdir(path.join(dir, sub));
  const sites = [];
  for (const [i, site] of (given ?? [{ root, conf, base }]).entries()) {
    const port = await freePort();
    const text = site.conf ?? (await readFile(NGINX_CONF, 'utf8'));
    const file = path.join(dir, `portal-${i}.conf`);
    await writeFile(file, siteConf(text, { port, root: site.root }));
    const origin = `http://127.0.0.1:${port}`;
    sites.push({ file, port, origin, url: `${origin}${site.base ?? '/'}` });
  }
  const asRoot = process.getuid?.() === 0;
  const tmp = (name) => `${name}_temp_path ${path.join(dir, 'tmp', name)};`;
  await writeFile(
    path.join(dir, 'nginx.conf'),
    [
      // Workers as an unprivileged user, as on a real server (only root can switch users).
      asRoot ? 'user nobody nogroup;' : '',
      'worker_processes 1;',
      'daemon off;',
      `pid ${path.join(dir, 'nginx.pid')};`,
      `error_log ${path.join(dir, 'logs', 'error.log')} warn;`,
      'events { worker_connections 512; }',
      'http {',
      `  include ${MIME_TYPES};`,
      '  default_type application/octet-stream;',
      `  access_log ${path.join(dir, 'logs', 'access.log')};`,
      '  sendfile on;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((n) => `  ${tmp(n)}`),
      ...sites.map((site) => `  include ${site.file};`),
      '}',
      '',
    ].join('\n'),
  );
  const args = [
    '-p',
    dir,
    '-c',
    path.join(dir, 'nginx.conf'),
    '-e',
    path.join(dir, 'logs', 'error.log'),
  ];
  const test = spawnSync(NGINX, [...args, '-t'], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx -t failed:\n${test.stderr}`);

  const child = spawn(NGINX, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const { origin, port, url } = sites[0];
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited at start:\n${stderr}`);
    const answers = sites.map((site) =>
      fetch(`${site.origin}/`, { method: 'HEAD' }).then(
        () => true,
        () => false,
      ),
    );
    const up = (await Promise.all(answers)).every(Boolean);
    if (up) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not answer on ${origin} within 10 s:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    origin,
    url,
    port,
    sites,
    dir,
    errorLog: () => readFile(path.join(dir, 'logs', 'error.log'), 'utf8').catch(() => ''),
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGQUIT'); // graceful: the master waits for its workers
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
      // Its configuration, logs and temp folders; the web root is the caller's.
      await rm(dir, { recursive: true, force: true });
    },
  };
}
