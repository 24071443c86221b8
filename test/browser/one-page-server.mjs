// One HTML page on a port of its own: a ward's website on another origin, for the embedding
// specs (embed.test.mjs) and the engine journeys (engines/server.mjs).

import { createServer } from 'node:http';

/** Serves `html` at `/` (404 elsewhere) on 127.0.0.1; `url` and `close()`. */
export async function serveOnePage(html) {
  const server = createServer((req, res) => {
    if (req.url === '/' || req.url === '/index.html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(html);
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('Not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
