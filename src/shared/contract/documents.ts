/**
 * The contract's documents (../shared/spec/CONTRACT.md §1) as schemas, one file per document.
 * The app parses every response through these, and the static-API generator validates its
 * input and output with the same ones, so the two can never disagree. Pure: valibot and the
 * date/zone checks of ../time, nothing that touches the DOM or the network.
 *
 * This barrel is for scripts and tests. App code imports the document's own file: the app's
 * first-load file holds every module `main.tsx` reaches, so a schema imported through here
 * would ship on every page, not with the one route that reads it.
 */
export * from './archive';
export * from './article';
export * from './categories';
export * from './category-page';
export * from './contacts';
export { ArticleSummary } from './primitives';
export * from './site';
