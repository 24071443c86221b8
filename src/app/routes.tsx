import type { QueryClient } from '@tanstack/react-query';
import { type ComponentType, lazy, type ReactElement, Suspense } from 'react';
import { matchRoutes, type RouteObject, useRoutes } from 'react-router-dom';
import { Loading } from '../shared/ui/Loading';
import { RootLayout } from './RootLayout';

/**
 * Every page is its own chunk: a reader who opens one article does not download the
 * contacts directory, the sanitiser only comes with the article page, and so on.
 * Declarative routes (`useRoutes` + `React.lazy`) rather than a data router: we fetch with
 * TanStack Query, so loaders would be unused weight (~17 kB gzip measured).
 *
 * A lazily loaded page that need not suspend: once its chunk is in, it renders at once. A page
 * that suspends on first load waits for its chunk and then for React's throttle on revealing a
 * Suspense boundary (300 ms), and only then starts its own data requests; `preloadRoute`
 * starts the chunk with the app, so by the time the layout's data is in, the page is ready.
 */
type RouteModule<T extends string> = { [K in T]: ComponentType } & {
  /** Starts data the page reads before it can render any of it (see HomeRoute). */
  prefetch?: (client: QueryClient) => void;
};
type Preloadable = { preload?: (client?: QueryClient) => Promise<unknown> };

function page<T extends string>(load: () => Promise<RouteModule<T>>, name: T) {
  let loaded: ComponentType | undefined;
  let loading: Promise<RouteModule<T>> | undefined;
  const start = () => {
    loading ??= load().then((module) => {
      loaded = module[name] as ComponentType;
      return module;
    });
    return loading;
  };
  const Lazy = lazy(() => start().then((module) => ({ default: module[name] as ComponentType })));
  // biome-ignore lint/correctness/noComponentHookFactories: a factory run once per route at module level, not during a render.
  function Page() {
    const Loaded = loaded;
    return Loaded ? <Loaded /> : <Lazy />;
  }
  const preload = (client?: QueryClient) =>
    start().then((module) => {
      if (client) module.prefetch?.(client);
    });
  return Object.assign(Page, { preload });
}

/**
 * Starts the chunks of the pages that draw `pathname`, as the route table matches it, and what
 * they prefetch.
 */
export function preloadRoute(pathname: string, basename: string, client: QueryClient) {
  for (const { route } of matchRoutes(routes, pathname, basename) ?? []) {
    const type = (route.element as ReactElement | undefined)?.type as Preloadable | undefined;
    // A failed download is for the page to report when it renders.
    type?.preload?.(client).catch(() => {});
  }
}

const HomeRoute = page(() => import('./routes/HomeRoute'), 'HomeRoute');
const CategoryRoute = page(() => import('./routes/CategoryRoute'), 'CategoryRoute');
const ArticleRoute = page(() => import('./routes/ArticleRoute'), 'ArticleRoute');
const ArchiveRoute = page(() => import('./routes/ArchiveRoute'), 'ArchiveRoute');
const SearchRoute = page(() => import('./routes/SearchRoute'), 'SearchRoute');
const ContactsRoute = page(() => import('./routes/ContactsRoute'), 'ContactsRoute');
const FeedsRoute = page(() => import('./routes/FeedsRoute'), 'FeedsRoute');
const NotFoundRoute = page(() => import('./routes/NotFoundRoute'), 'NotFoundRoute');
const EmbedBuilderRoute = page(() => import('./routes/EmbedBuilderRoute'), 'EmbedBuilderRoute');
const EmbedLatestRoute = page(() => import('./routes/EmbedLatestRoute'), 'EmbedLatestRoute');
const EmbedContactsRoute = page(() => import('./routes/EmbedContactsRoute'), 'EmbedContactsRoute');
const EmbedCalendarRoute = page(() => import('./routes/EmbedCalendarRoute'), 'EmbedCalendarRoute');
const EmbedNotFoundRoute = page(() => import('./routes/EmbedNotFoundRoute'), 'EmbedNotFoundRoute');
// The widgets' shell (theme, resize reporting) is only for pages inside a ward's iframe.
const EmbedLayout = page(() => import('./EmbedLayout'), 'EmbedLayout');
const EmbedShell = Object.assign(
  () => (
    <Suspense fallback={<Loading />}>
      <EmbedLayout />
    </Suspense>
  ),
  { preload: EmbedLayout.preload },
);

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <RootLayout />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: 'categories/:slug', element: <CategoryRoute /> },
      { path: 'articles/:id', element: <ArticleRoute /> },
      { path: 'archive/:date', element: <ArchiveRoute /> },
      { path: 'contacts', element: <ContactsRoute /> },
      { path: 'feeds', element: <FeedsRoute /> },
      { path: 'search', element: <SearchRoute /> },
      // The builder is a page of the portal for ward webmasters: normal header and footer.
      { path: 'embed', element: <EmbedBuilderRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
  {
    // The widgets themselves: chromeless, meant for an iframe (see public/embed.js).
    path: '/embed',
    element: <EmbedShell />,
    children: [
      { path: 'latest', element: <EmbedLatestRoute /> },
      { path: 'contacts', element: <EmbedContactsRoute /> },
      { path: 'calendar', element: <EmbedCalendarRoute /> },
      { path: '*', element: <EmbedNotFoundRoute /> },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(routes);
}
