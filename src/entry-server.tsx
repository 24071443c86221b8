/**
 * The app as `build:pages` (scripts/pages/) renders it in Node: the same routes, queries,
 * schemas and components as the browser, drawn once per URL into static HTML (contract §6).
 * Built by Vite as an SSR bundle; nothing here ships to the browser.
 */
import {
  type DehydratedState,
  dehydrate,
  hydrate,
  type QueryClient,
  QueryClientProvider,
} from '@tanstack/react-query';
import { type ReactNode, StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router-dom';
import { NeedsScriptPage } from './app/NeedsScriptPage';
import { PortalApp } from './app/PortalApp';
import { RootLayout } from './app/RootLayout';
import { isNotFound } from './shared/api/errors';
import { HeadCollector, type PageMeta } from './shared/head/PageHead';

export { createQueryClient } from './app/query-client';
/** Loads a URL's page module and its `prefetch` (the data it draws with) into a client. */
export { preloadRoute as prefetchPage } from './app/routes';
export { API_BASE } from './shared/config';
export { setSanitiserWindow } from './shared/html/sanitize';

export type CollectedHead = PageMeta & { fullTitle: string };

export interface RenderedPage {
  /** React's markup for `#root`, hoisted `<title>`/`<meta>`/`<link>` tags excluded. */
  body: string;
  /** The tags React hoists into `<head>` (title, description, feed links). */
  hoisted: string;
  head: CollectedHead | null;
  /**
   * What threw while drawing (a component, on this page's data): React draws the nearest
   * Suspense fallback there and leaves the part to the browser, so the page is not whole.
   */
  errors: string[];
}

// React writes the hoistable tags it meets ahead of the markup of a partial render.
const HOISTED = /^(?:<title>[^<]*<\/title>|<(?:meta|link)\b[^>]*\/>)*/;

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  for await (const part of stream as unknown as AsyncIterable<Uint8Array>) {
    text += decoder.decode(part, { stream: true });
  }
  return text + decoder.decode();
}

/** Draws `url` (an app path, base excluded) with the data already in `client`. */
export function renderPage(url: string, basename: string, client: QueryClient) {
  return renderTree(url, basename, <PortalApp client={client} />);
}

/**
 * The shell's words for a reader without JavaScript (`shell.html`'s `<noscript>`): the portal's
 * header and footer around `NeedsScriptPage`, with the layout's data in `client`.
 */
export function renderShell(basename: string, client: QueryClient) {
  return renderTree(
    basename === '/' ? '/' : `${basename}/`,
    basename,
    <QueryClientProvider client={client}>
      <RootLayout>
        <NeedsScriptPage />
      </RootLayout>
    </QueryClientProvider>,
  );
}

async function renderTree(url: string, basename: string, app: ReactNode): Promise<RenderedPage> {
  let head: CollectedHead | null = null;
  const errors: string[] = [];
  const { prelude } = await prerender(
    <StrictMode>
      <HeadCollector
        value={(meta) => {
          head = meta;
        }}
      >
        <StaticRouter location={url} basename={basename}>
          {app}
        </StaticRouter>
      </HeadCollector>
    </StrictMode>,
    // A completed boundary larger than this is written apart, after the shell, with the inline
    // `$RC` script that moves it in (React's progressive streaming). A static page must be whole.
    {
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      onError: (error) => {
        errors.push(error instanceof Error ? error.message : String(error));
      },
    },
  );
  const html = await readAll(prelude);
  const hoisted = HOISTED.exec(html)?.[0] ?? '';
  return { body: html.slice(hoisted.length), hoisted, head, errors };
}

/**
 * The queries a page drew with, for the browser to start from: the successful ones, and files
 * that are missing (a page draws "not found" parts from those too). Times are zeroed so the
 * same data gives the same bytes; the browser stamps them when it reads the page.
 */
export function dehydrateFor(
  client: QueryClient,
  only?: (hash: string) => boolean,
): DehydratedState {
  const state = dehydrate(client, {
    shouldDehydrateQuery: (query) =>
      (only?.(query.queryHash) ?? true) &&
      (query.state.status === 'success' ||
        (query.state.status === 'error' && isNotFound(query.state.error))),
  });
  for (const query of state.queries) {
    Object.assign(query.state, { dataUpdatedAt: 0, errorUpdatedAt: 0 });
    delete (query as { dehydratedAt?: number }).dehydratedAt;
  }
  return state;
}

export { hydrate };
