import { dayKey, pad } from './calendar-day';

/**
 * Dates belong to the site's time zone, never the reader's. Everything that shows or groups
 * a date goes through here; `Intl` does the zone arithmetic, we only assemble the parts so
 * the output is `dd/MM/yyyy` and `HH:mm` whatever the browser's locale data says.
 */
export interface SiteParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The site's wall clock at an instant, with the offset from UTC it stands at. */
export interface SiteClock extends SiteParts {
  second: number;
  /** Whole minutes east of UTC. */
  offsetMinutes: number;
}

const SITE_PARTS: Intl.DateTimeFormatOptions = {
  era: 'short',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
};

// Building an Intl.DateTimeFormat costs far more than using one: one per zone and set of
// options (each options object is a module constant of its caller).
const formatters = new WeakMap<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();

/** An `en-US` formatter of `options` in `timeZone`, made once. Throws on an unknown zone. */
export function zoneFormatter(
  timeZone: string,
  options: Intl.DateTimeFormatOptions = SITE_PARTS,
): Intl.DateTimeFormat {
  let byZone = formatters.get(options);
  if (!byZone) {
    byZone = new Map();
    formatters.set(options, byZone);
  }
  let formatter = byZone.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { ...options, timeZone });
    byZone.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    zoneFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at `date`, in milliseconds (may hold seconds: local mean time). */
function zoneOffsetMs(date: Date, timeZone: string): number {
  const p: Record<string, string> = {};
  for (const part of zoneFormatter(timeZone).formatToParts(date)) p[part.type] = part.value;
  const year = Number(p.year);
  const wall = new Date(0);
  wall.setUTCFullYear(p.era === 'BC' ? 1 - year : year, Number(p.month) - 1, Number(p.day));
  wall.setUTCHours(Number(p.hour) % 24, Number(p.minute), Number(p.second));
  return wall.getTime() - (date.getTime() - (((date.getTime() % 1000) + 1000) % 1000));
}

/** The offset written in an ISO string (`+07:00`, `-0330`, `Z`), in minutes; else undefined. */
function writtenOffset(iso: string): number | undefined {
  const match = /(Z|([+-])(\d{2}):?(\d{2}))$/.exec(iso);
  if (!match) return undefined;
  if (match[1] === 'Z') return 0;
  return (match[2] === '-' ? -1 : 1) * (Number(match[3]) * 60 + Number(match[4]));
}

/**
 * The site's clock at `instant`: the zone's offset at that instant, as the tz database has it.
 * Two cases cannot be written as the contract writes dates, and there the data's own offset
 * is used (for an instant given as a Date, the zone's offset rounded to whole minutes) — the
 * reader sees what the data says (issue #22):
 * - before the zone had a standard time, its offset is local mean time, in seconds
 *   (Asia/Ho_Chi_Minh before 1906: +07:06:40): `1900-06-01T08:00:00+07:00` stays 08:00, not
 *   08:06:40, and a feed's RFC 3339 date gets a whole-minute offset;
 * - a year outside 0001–9999 in the zone (`9999-12-31T23:59:59-12:00` is year 10000 at +07:00).
 */
export function siteClock(instant: string | Date, timeZone: string): SiteClock {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  let offset = zoneOffsetMs(date, timeZone);
  const local = () => new Date(date.getTime() + offset);
  const year = local().getUTCFullYear();
  if (offset % 60_000 !== 0 || year < 1 || year > 9999) {
    const written = typeof instant === 'string' ? writtenOffset(instant) : undefined;
    offset = written === undefined ? Math.round(offset / 60_000) * 60_000 : written * 60_000;
  }
  const at = local();
  return {
    year: at.getUTCFullYear(),
    month: at.getUTCMonth() + 1,
    day: at.getUTCDate(),
    hour: at.getUTCHours(),
    minute: at.getUTCMinutes(),
    second: at.getUTCSeconds(),
    offsetMinutes: offset / 60_000,
  };
}

export function siteParts(instant: string | Date, timeZone: string): SiteParts {
  const { year, month, day, hour, minute } = siteClock(instant, timeZone);
  return { year, month, day, hour, minute };
}

/** `dd/MM/yyyy` from calendar numbers. */
export function formatDayParts(year: number, month: number, day: number): string {
  return `${pad(day)}/${pad(month)}/${pad(year, 4)}`;
}

export function formatSiteDate(instant: string | Date, timeZone: string): string {
  const p = siteParts(instant, timeZone);
  return formatDayParts(p.year, p.month, p.day);
}

export function formatSiteTime(instant: string | Date, timeZone: string): string {
  const p = siteParts(instant, timeZone);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** `yyyy-MM-dd` of the site-local day: the archive URL and the grouping key. */
export function siteDayKey(instant: string | Date, timeZone: string): string {
  return dayKey(siteParts(instant, timeZone));
}
