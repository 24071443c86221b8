/**
 * The shapes of URL parameters the contract fixes. Kept apart from the schemas (valibot) so
 * that the route manifest, the service worker and build scripts read them without the parser.
 */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,127}$/;
/** A page number the app accepts: a plain positive integer of at most six digits. */
export const PAGE_PARAM_PATTERN = /^[1-9]\d{0,5}$/;
