import { useMemo } from 'react';
import { formatSiteDate, formatSiteTime, siteDayKey } from '../time/site-time';
import { useSite } from './site-context';

/** Formatters bound to the site's zone: `date` → dd/MM/yyyy, `time` → HH:mm, `day` → yyyy-MM-dd. */
export function useSiteTime() {
  const { timeZone } = useSite();
  return useMemo(
    () => ({
      timeZone,
      date: (iso: string) => formatSiteDate(iso, timeZone),
      time: (iso: string) => formatSiteTime(iso, timeZone),
      day: (iso: string) => siteDayKey(iso, timeZone),
    }),
    [timeZone],
  );
}
