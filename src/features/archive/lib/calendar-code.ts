import { loadOnce } from '../../../shared/lib/load-once';

/**
 * The one door to react-day-picker: the calendar popup's module, downloaded once per visit
 * and remembered, so a later page can render it without waiting. A failed download (offline)
 * is tried again on the next attempt, as every such cache does (`loadOnce`).
 */
export type CalendarPopupComponent = typeof import('../components/CalendarPopup')['default'];

export const loadCalendarCode = loadOnce(() =>
  import('../components/CalendarPopup').then((module) => module.default),
);

/** The popup if its code is already here. */
export function loadedCalendarCode(): CalendarPopupComponent | undefined {
  return loadCalendarCode.loaded();
}
