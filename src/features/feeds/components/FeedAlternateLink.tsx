import { ATOM_TYPE, feedUrl } from '../feed-url';

/**
 * `<link rel="alternate">` announcing a feed; React 19 hoists it into `<head>` and removes it
 * when the page goes, so feed readers and browsers find the feed of the page being read.
 */
export function FeedAlternateLink({ name, title }: { name: string; title: string }) {
  return <link rel="alternate" type={ATOM_TYPE} title={title} href={feedUrl(name)} />;
}
