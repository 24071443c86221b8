import { formatByKind, type StampKind } from '../time/date-style';
import { useSite } from './site-context';

/**
 * An article's time in the site's one style for that kind of place (shared/time/date-style.ts),
 * in the site's zone, machine-readable too. The parentheses of a `listed` stamp stay outside
 * the `<time>` element, whose text is the date itself.
 */
export function TimeStamp({ iso, kind = 'stamp' }: { iso: string; kind?: StampKind }) {
  const { timeZone } = useSite();
  if (kind === 'listed') {
    return <>({<time dateTime={iso}>{formatByKind('stamp', iso, timeZone)}</time>})</>;
  }
  return <time dateTime={iso}>{formatByKind(kind, iso, timeZone)}</time>;
}
