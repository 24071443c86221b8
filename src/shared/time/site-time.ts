import { dayKey, pad, weekdayOf } from './calendar-day';

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

const SITE_PARTS: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
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

export function siteParts(instant: string | Date, timeZone: string): SiteParts {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const parts: Record<string, number> = {};
  for (const part of zoneFormatter(timeZone).formatToParts(date)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
  };
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

export function siteMonthKey(instant: string | Date, timeZone: string): string {
  return siteDayKey(instant, timeZone).slice(0, 7);
}

const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** "Thứ Hai, 10/12/2007" for a calendar day (no zone involved: it is already a site day). */
export function formatLongDay(year: number, month: number, day: number): string {
  const weekday = WEEKDAYS[weekdayOf(year, month, day)] ?? '';
  return `${weekday}, ${formatDayParts(year, month, day)}`;
}

/** "Tháng 12/2007" for a calendar month (as the month archive's heading). */
export function formatMonthTitle(year: number, month: number): string {
  return `Tháng ${pad(month)}/${pad(year, 4)}`;
}
