/**
 * The one door to react-day-picker: the calendar popup's module, downloaded once per visit
 * and remembered, so a later page can render it without waiting.
 */
export type CalendarPopupComponent = typeof import('../components/CalendarPopup')['default'];

let loaded: CalendarPopupComponent | undefined;
let loading: Promise<CalendarPopupComponent> | undefined;

export function loadCalendarCode(): Promise<CalendarPopupComponent> {
  loading ??= import('../components/CalendarPopup').then(
    (module) => {
      loaded = module.default;
      return module.default;
    },
    (error: unknown) => {
      // A failed download (offline) may be tried again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The popup if its code is already here. */
export function loadedCalendarCode(): CalendarPopupComponent | undefined {
  return loaded;
}
