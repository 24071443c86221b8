import { portal, widget, widgetLayout, widgetPrefix } from 'virtual:portal-routes';
import type { QueryClient } from '@tanstack/react-query';
import { type ComponentType, type ReactElement, Suspense } from 'react';
import { matchRoutes, type Params, type RouteObject, useRoutes } from 'react-router-dom';
import { lazyComponent } from '../shared/lib/lazy-component';
import { loadOnce } from '../shared/lib/load-once';
import { Loading } from '../shared/ui/Loading';
import { RootLayout } from './RootLayout';

/**
 * The router table, derived from `route-manifest.ts` at build time (`virtual:portal-routes`). Every page is its own chunk: a reader who
 * opens one article does not download the contacts directory, the sanitiser only comes for
 * an article body the browser cleans itself (ArticleBody.tsx), and so on. Declarative routes (`useRoutes` + `React.lazy`) rather than a
 * data router: we fetch with TanStack Query, so loaders would be unused weight (~17 kB gzip).
 *
 * A lazily loaded page that need not suspend: once its chunk is in, it renders at once. A page
 * that suspends on first load waits for its chunk and then for React's throttle on revealing a
 * Suspense boundary (300 ms), and only then starts its own data requests; `preloadRoute`
 * starts the chunk with the app, so by the time the layout's data is in, the page is ready.
 */
export type RouteModule = Record<string, ComponentType> & {
  /**
   * Starts the data the page reads before it can render any of it: in the browser as soon as
   * the page's code is in (see HomeRoute), and in the page generator before the first render.
   */
  prefetch?: (client: QueryClient, params: Params) => Promise<unknown> | undefined;
};
type Preloadable = {
  preload?: (client?: QueryClient, params?: Params) => Promise<unknown>;
};

function page(load: () => Promise<RouteModule>, name: string) {
  // Started with the HTML (`preloadRoute`) or on the first render, whichever comes first; a
  // failed download is tried again on the next attempt (the next navigation, a retry).
  const code = loadOnce(load);
  const Page = lazyComponent(code, (module) => module[name] as ComponentType);
  const preload = (client?: QueryClient, params: Params = {}) =>
    code().then((module) => (client ? module.prefetch?.(client, params) : undefined));
  return Object.assign(Page, { preload });
}

const pages = new Map<string, ReturnType<typeof page>>();
function pageFor(module: string, load: () => Promise<RouteModule>) {
  let Page = pages.get(module);
  if (!Page) {
    Page = page(load, module);
    pages.set(module, Page);
  }
  return <Page />;
}

/**
 * Starts the chunks of the pages that draw `pathname`, as the route table matches it, and what
 * they prefetch.
 */
export function preloadRoute(pathname: string, basename: string, client: QueryClient) {
  const loads = (matchRoutes(routes, pathname, basename) ?? []).map(({ route, params }) => {
    const type = (route.element as ReactElement | undefined)?.type as Preloadable | undefined;
    // A failed download (or data file) is for the page to report when it renders.
    return type?.preload?.(client, params).catch(() => {});
  });
  return Promise.all(loads);
}

function childRoutes(children: typeof portal): RouteObject[] {
  return children.map(([path, module, load]) =>
    path === ''
      ? { index: true, element: pageFor(module, load) }
      : { path, element: pageFor(module, load) },
  );
}

// The widgets' shell (theme, resize reporting) is only for pages inside a ward's iframe.
const EmbedLayout = page(() => import('./EmbedLayout') as Promise<RouteModule>, widgetLayout);
const EmbedShell = Object.assign(
  () => (
    <Suspense fallback={<Loading />}>
      <EmbedLayout />
    </Suspense>
  ),
  { preload: EmbedLayout.preload },
);

export const routes: RouteObject[] = [
  { path: '/', element: <RootLayout />, children: childRoutes(portal) },
  { path: `/${widgetPrefix}`, element: <EmbedShell />, children: childRoutes(widget) },
];

export function AppRoutes() {
  return useRoutes(routes);
}
