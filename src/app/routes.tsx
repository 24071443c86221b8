import type { RouteObject } from 'react-router-dom';
import { EmbedRouteError } from '../features/embed/components/EmbedRouteError';
import { EmbedLayout } from './EmbedLayout';
import { RootLayout } from './RootLayout';
import { RouteError } from './RouteError';

/**
 * Every page is its own chunk: a reader who opens one article does not download the
 * contacts directory, the sanitiser only comes with the article page, and so on.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: RootLayout,
    ErrorBoundary: RouteError,
    children: [
      {
        index: true,
        lazy: () => import('./routes/HomeRoute').then((m) => ({ Component: m.HomeRoute })),
      },
      {
        path: 'categories/:slug',
        lazy: () => import('./routes/CategoryRoute').then((m) => ({ Component: m.CategoryRoute })),
      },
      {
        path: 'articles/:id',
        lazy: () => import('./routes/ArticleRoute').then((m) => ({ Component: m.ArticleRoute })),
      },
      {
        path: 'archive/:date',
        lazy: () => import('./routes/ArchiveRoute').then((m) => ({ Component: m.ArchiveRoute })),
      },
      {
        path: 'contacts',
        lazy: () => import('./routes/ContactsRoute').then((m) => ({ Component: m.ContactsRoute })),
      },
      {
        path: '*',
        lazy: () => import('./routes/NotFoundRoute').then((m) => ({ Component: m.NotFoundRoute })),
      },
    ],
  },
  {
    path: '/embed',
    ErrorBoundary: RouteError,
    children: [
      // The builder is a page of the portal for ward webmasters: normal header and footer.
      {
        Component: RootLayout,
        children: [
          {
            index: true,
            lazy: () =>
              import('./routes/EmbedBuilderRoute').then((m) => ({
                Component: m.EmbedBuilderRoute,
              })),
          },
        ],
      },
      // The widgets themselves: chromeless, meant for an iframe (see public/embed.js).
      {
        Component: EmbedLayout,
        children: [
          {
            ErrorBoundary: EmbedRouteError,
            path: 'latest',
            lazy: () =>
              import('./routes/EmbedLatestRoute').then((m) => ({ Component: m.EmbedLatestRoute })),
          },
          {
            ErrorBoundary: EmbedRouteError,
            path: 'contacts',
            lazy: () =>
              import('./routes/EmbedContactsRoute').then((m) => ({
                Component: m.EmbedContactsRoute,
              })),
          },
          {
            ErrorBoundary: EmbedRouteError,
            path: 'calendar',
            lazy: () =>
              import('./routes/EmbedCalendarRoute').then((m) => ({
                Component: m.EmbedCalendarRoute,
              })),
          },
        ],
      },
    ],
  },
];
