import { lazy, Suspense } from 'react';
import { type RouteObject, useRoutes } from 'react-router-dom';
import { Loading } from '../shared/ui/Loading';
import { RootLayout } from './RootLayout';

/**
 * Every page is its own chunk: a reader who opens one article does not download the
 * contacts directory, the sanitiser only comes with the article page, and so on.
 * Declarative routes (`useRoutes` + `React.lazy`) rather than a data router: we fetch with
 * TanStack Query, so loaders would be unused weight (~17 kB gzip measured).
 */
const page = <T extends string>(load: () => Promise<Record<T, React.ComponentType>>, name: T) =>
  lazy(() => load().then((module) => ({ default: module[name] })));

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
    element: (
      <Suspense fallback={<Loading />}>
        <EmbedLayout />
      </Suspense>
    ),
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
