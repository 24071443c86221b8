import { API_BASE, apiUrl } from '../../shared/config';
import { SITE_FEED } from '../../shared/lib/site-feed';
import * as files from '../../shared/urls/data-files';

/**
 * Where `npm run build:feeds` puts the Atom feeds (contract §5): `API_BASE` + `feeds/`.
 * Absolute, because a feed reader or a ward webmaster takes the address out of the page.
 */
export const ATOM_TYPE = 'application/atom+xml';

export { SITE_FEED };

export const feedUrl = (name: string) => apiUrl(files.feed(name));

/** The same address without the origin, which a prerendered page cannot know. */
export const feedPath = (name: string) => `${API_BASE}${files.feed(name)}`;

export const hasOwnFeed = (slug: string) => slug !== SITE_FEED;
