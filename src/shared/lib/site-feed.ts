/**
 * The site-wide Atom feed's name (`feeds/all.xml`), for the feeds writer (scripts/build-feeds.ts)
 * and the app's /feeds page alike: a category with this slug cannot have a feed of its own.
 */
export const SITE_FEED = 'all';
