import { DateLib } from 'react-day-picker';
import { vi } from 'react-day-picker/locale/vi';
import { describe, expect, it } from 'vitest';
import { calendarDateLib, calendarFormatters, calendarLabels } from './calendar-text';

const lib = new DateLib({ locale: vi, weekStartsOn: 1 });

describe('calendar texts', () => {
  it("are the vi locale's own, whichever day or month asks first", () => {
    for (let offset = 0; offset < 400; offset += 3) {
      const date = new Date(2023, 10, 27 + offset);
      expect(calendarFormatters.formatDay?.(date, undefined, lib)).toBe(lib.format(date, 'd'));
      expect(calendarFormatters.formatWeekdayName?.(date, undefined, lib)).toBe(
        lib.format(date, 'cccccc'),
      );
      expect(calendarLabels.labelWeekday?.(date, undefined, lib)).toBe(lib.format(date, 'cccc'));
      expect(calendarLabels.labelGrid?.(date, undefined, lib)).toBe(lib.formatMonthYear(date));
      expect(calendarFormatters.formatCaption?.(date, undefined, lib)).toBe(
        lib.formatMonthYear(date),
      );
    }
  });

  it('names months by number in the dropdown, to fit a 360 px phone', () => {
    expect(calendarFormatters.formatMonthDropdown?.(new Date(2007, 11, 1), lib)).toBe('Tháng 12');
    expect(calendarFormatters.formatYearDropdown?.(new Date(2007, 11, 1), lib)).toBe('2007');
  });

  it('keys days and months exactly as date-fns would, and leaves other patterns to it', () => {
    for (const date of [new Date(2007, 0, 1), new Date(2025, 11, 31), new Date(2008, 1, 29)]) {
      for (const pattern of ['yyyy-MM-dd', 'yyyy-MM', 'PPPP', 'cccc']) {
        expect(calendarDateLib.format?.(date, pattern, { locale: vi })).toBe(
          lib.format(date, pattern),
        );
      }
    }
  });
});
