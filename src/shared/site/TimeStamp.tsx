import { useSiteTime } from './use-site-time';

/** `dd/MM/yyyy HH:mm` (or one of the two) in the site's zone, machine-readable too. */
export function TimeStamp({
  iso,
  show = 'date-time',
}: {
  iso: string;
  show?: 'date' | 'time' | 'date-time' | 'time-date';
}) {
  const t = useSiteTime();
  const text =
    show === 'date'
      ? t.date(iso)
      : show === 'time'
        ? t.time(iso)
        : show === 'time-date'
          ? `${t.time(iso)} - ${t.date(iso)}`
          : `${t.date(iso)} ${t.time(iso)}`;
  return <time dateTime={iso}>{text}</time>;
}
