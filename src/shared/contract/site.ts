/** site.json (contract §1): the site's name, time zone and emblem. */
import * as v from 'valibot';
import { isValidTimeZone } from '../time/site-time';
import { Image, lenient } from './primitives';
import { Text } from './text';

export const SiteDocument = v.object({
  name: Text,
  shortName: v.fallback(v.string(), ''),
  timeZone: v.pipe(v.string(), v.check(isValidTimeZone, 'không phải múi giờ IANA')),
  address: lenient(v.string()),
  website: lenient(v.string()),
  /** The emblem the header and the site card show; a malformed one is left out. */
  logo: lenient(Image),
});
export type Site = v.InferOutput<typeof SiteDocument>;
