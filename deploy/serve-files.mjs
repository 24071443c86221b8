// The file side of deploy/serve.mjs: content types, and which request paths map to which files
// (safely: no `..`, no encoded slash, no symlink leading out of the served folder).

import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

const COMPRESSIBLE = /^(?:text\/|application\/(?:javascript|json|xml)|image\/svg)/;

export function contentTypeFor(file) {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** `/a/b%20c/` → ['a', 'b c'], or null when a segment is unsafe or badly encoded. */
export function safeSegments(pathname) {
  const out = [];
  for (const raw of pathname.split('/')) {
    if (raw === '') continue;
    let seg;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (seg === '.' || seg === '..' || /[/\\\0]/.test(seg)) return null;
    out.push(seg);
  }
  return out;
}

function isInside(dir, file) {
  return file === dir || file.startsWith(dir + path.sep);
}

/** Stat of a real file inside `dir` (after following symlinks), or null. */
export async function fileInside(dir, segments, { directoryIndex = true } = {}) {
  const candidate = path.join(dir, ...segments);
  if (!isInside(dir, candidate)) return null;
  try {
    const real = await realpath(candidate);
    if (!isInside(dir, real)) return null;
    const info = await stat(real);
    if (info.isFile()) return { file: real, info };
    if (info.isDirectory() && directoryIndex) {
      const index = path.join(real, 'index.html');
      const indexInfo = await stat(index).catch(() => null);
      if (indexInfo?.isFile()) return { file: index, info: indexInfo };
    }
  } catch {
    // ENOENT, ENOTDIR, EACCES: not servable
  }
  return null;
}

/**
 * Sends a found file (`fileInside`'s answer) with `code`. Like any production server (nginx
 * `gzip on`), text is compressed, so that what the browser suite and the benchmarks see over
 * the wire is what a reader would download. Returns the status, for the log.
 */
export function sendFile(res, { file, info }, code = 200) {
  const type = contentTypeFor(file);
  if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(res.req.headers['accept-encoding'] ?? '')) {
    return readFile(file).then((raw) => {
      const body = gzipSync(raw, { level: 6 });
      res.writeHead(code, {
        'Content-Type': type,
        'Content-Encoding': 'gzip',
        'Content-Length': body.length,
        Vary: 'Accept-Encoding',
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(res.req.method === 'HEAD' ? undefined : body);
      return code;
    });
  }
  res.writeHead(code, {
    'Content-Type': type,
    'Content-Length': info.size,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (res.req.method === 'HEAD') {
    res.end();
    return code;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
  return code;
}
