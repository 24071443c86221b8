import type { QueryClient } from '@tanstack/react-query';
import type { ServerApp } from './ssr-bundle.ts';

const MAX_PASSES = 6;

export interface DrawnPage {
  page: Awaited<ReturnType<typeof ServerApp.renderPage>>;
  client: QueryClient;
}

/**
 * Draws `url` as the browser would once its data is in. A query never fetches on the server,
 * so: render, fetch what the render asked for and did not have, render again, until nothing
 * is waiting. A page usually needs two passes once it starts with the layout's data (`seed`):
 * the one that finds its files, and the one that draws them.
 */
export async function drawPage(
  app: typeof ServerApp,
  url: string,
  basename: string,
  seed: unknown,
): Promise<DrawnPage> {
  // The router sees the address as the browser does: under the app's base.
  const location = basename === '/' ? url : `${basename}${url === '/' ? '/' : url}`;
  const client = app.createQueryClient();
  if (seed) app.hydrate(client, seed as Parameters<typeof app.hydrate>[1]);
  // The route's own prefetch: usually all the page reads, so the first render is the last.
  await app.prefetchPage(location, basename, client);
  return settle(url, client, () => app.renderPage(location, basename, client));
}

/** The shell's `<noscript>` page (scripts/pages/shell.ts), drawn as `drawPage` draws a page. */
export async function drawShell(
  app: typeof ServerApp,
  basename: string,
  seed: unknown,
): Promise<DrawnPage> {
  const client = app.createQueryClient();
  if (seed) app.hydrate(client, seed as Parameters<typeof app.hydrate>[1]);
  return settle('shell.html', client, () => app.renderShell(basename, client));
}

async function settle(
  name: string,
  client: QueryClient,
  render: () => Promise<DrawnPage['page']>,
): Promise<DrawnPage> {
  for (let pass = 1; ; pass++) {
    const page = await render();
    const waiting = client
      .getQueryCache()
      .findAll()
      .filter(
        (q) =>
          q.state.status === 'pending' &&
          q.state.fetchStatus === 'idle' &&
          typeof q.options.queryFn === 'function',
      );
    if (waiting.length === 0) return { page, client };
    if (pass === MAX_PASSES) {
      throw new Error(`${name}: still waiting for data after ${pass} renders`);
    }
    await Promise.all(waiting.map((q) => q.fetch().catch(() => undefined)));
  }
}

/** What made a drawn page unusable: a file it needed is broken or could not be read. */
export function brokenParts(client: QueryClient): string[] {
  return client
    .getQueryCache()
    .findAll()
    .filter((q) => q.state.status === 'error')
    .map((q) => q.state.error as { kind?: string; message?: string } | null)
    .filter((error) => error?.kind !== 'not-found')
    .map((error) => error?.message ?? String(error));
}
