/**
 * How the build groups modules into files. Each file a page needs costs a request, its own gzip
 * dictionary and import/export glue between files; left alone, Rolldown made 13 files for the
 * home page (108.3 kB gzip). Two groups bring it to 3 files (about 3.4 kB less):
 *
 * - `core`: everything `src/main.tsx` imports statically (React, the router, TanStack Query,
 *   the schemas, the layout). Every page runs it first, so it is one file.
 * - `page`: the furniture of the reading pages (home, article, category, archive, calendar
 *   widget): the date picker box, the article list, dates, the category page files. Matched by
 *   its entry modules; Rolldown brings their own imports along. The contacts, feeds and search
 *   pages do not load it.
 *
 * What only one route uses stays in that route's chunk. `npm run check:size` shows the effect
 * per route.
 */
const READING_PAGE_MODULES = [
  'features/articles/components/ArticleList.tsx',
  'shared/site/TimeStamp.tsx',
  'features/categories/api/get-category-page.ts',
  'features/categories/api/get-newest.ts',
  'shared/lib/use-defer-until.ts',
  // The take-over helpers (home, articles, archive, contacts, feeds use them).
  'shared/lib/use-hydrated.ts',
  'shared/ui/NeedsScript.tsx',
];

const ARCHIVE_DATA_MODULES = [
  'features/archive/api/get-archive-day.ts',
  'features/archive/api/get-archive-index.ts',
  'features/archive/api/get-archive-month.ts',
  'features/archive/api/use-newest-day.ts',
  'shared/time/key-format.ts',
];

const normalise = (id: string) => id.replaceAll('\\', '/');

// Priorities are whole numbers, highest first: with fractions (1.5 against 1.6) the groups
// were taken in the order they are written, and the date picker's group captured what home
// also uses.
export const codeSplitting = {
  groups: [
    { name: 'core', tags: ['$initial' as const], priority: 5 },
    {
      // The widgets' frame (theme, size reporting, their states): one file beside a ward's
      // widget instead of four small ones. EmbedLayout.tsx itself stays the route's own chunk:
      // grouped, it would vanish from the manifest and from index.html's route preloads, which
      // find route modules by their chunks.
      name: 'embed',
      test: (id: string) => normalise(id).includes('/src/features/embed/'),
      priority: 4,
    },
    {
      // Imported by the article, category and archive pages, lazily by home (below the news
      // on a phone): its own file, so home's first load leaves it out.
      name: 'date-picker',
      test: (id: string) =>
        normalise(id).endsWith('/src/features/archive/components/DatePicker.tsx'),
      priority: 1,
    },
    {
      name: 'page',
      test: (id: string) => READING_PAGE_MODULES.some((m) => normalise(id).endsWith(`/src/${m}`)),
      // Before the date picker's group: what both use is the reading pages' furniture, and
      // in the date picker's file it would put that whole file on home's first load.
      priority: 3,
    },
    {
      // The archive's index, month and day readers: home's archive links fetch them once idle,
      // and inside the date picker's file they would bring the whole picker along on a phone,
      // where the date box waits until the reader scrolls near it. The day reader in its own
      // file cost an archive day one more request (and ~230 B); the date box takes it along.
      name: 'archive-data',
      test: (id: string) => ARCHIVE_DATA_MODULES.some((m) => normalise(id).endsWith(`/src/${m}`)),
      priority: 2,
    },
  ],
};
