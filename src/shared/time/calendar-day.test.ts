import { describe, expect, it } from 'vitest';
import { addMonths, stepMonthWithin } from './month-steps';
import { checkTypedDate } from './typed-date';

const typed = (value: string) => {
  const result = checkTypedDate(value);
  return result.ok ? result.day : null;
};

describe('typed dates (dd/mm/yyyy)', () => {
  it('reads day first, with or without leading zeros', () => {
    expect(typed('10/12/2007')).toEqual({ year: 2007, month: 12, day: 10 });
    expect(typed('1/2/2008')).toEqual({ year: 2008, month: 2, day: 1 });
    expect(typed(' 29/02/2008 ')).toEqual({ year: 2008, month: 2, day: 29 });
  });

  it('calls a date that is not on the calendar impossible', () => {
    expect(checkTypedDate('31/02/2007')).toEqual({ ok: false, reason: 'impossible' });
    expect(checkTypedDate('29/02/2007')).toEqual({ ok: false, reason: 'impossible' });
    expect(checkTypedDate('10/13/2007')).toEqual({ ok: false, reason: 'impossible' });
    expect(checkTypedDate('0/12/2007')).toEqual({ ok: false, reason: 'impossible' });
  });

  it('calls anything else a format error, and nothing empty', () => {
    expect(checkTypedDate('hôm qua')).toEqual({ ok: false, reason: 'format' });
    expect(checkTypedDate('2007-12-10')).toEqual({ ok: false, reason: 'format' });
    expect(checkTypedDate('10/12/07')).toEqual({ ok: false, reason: 'format' });
    expect(checkTypedDate('10/12/2007x')).toEqual({ ok: false, reason: 'format' });
    expect(checkTypedDate('   ')).toEqual({ ok: false, reason: 'empty' });
    expect(typed('abc')).toBeNull();
  });
});

describe('month keys', () => {
  it('shifts across year boundaries', () => {
    expect(addMonths('2007-12', 1)).toBe('2008-01');
    expect(addMonths('2008-01', -1)).toBe('2007-12');
    expect(addMonths('2007-11', 14)).toBe('2009-01');
  });
});

describe('stepping months within the archive', () => {
  it('stops at the first and last listed month, even at the ends of the calendar', () => {
    expect(stepMonthWithin('2007-12', 1, '2007-11', '2008-01')).toBe('2008-01');
    expect(stepMonthWithin('2008-01', 12, '2007-11', '2008-01')).toBe('2008-01');
    expect(stepMonthWithin('2007-11', -12, '2007-11', '2008-01')).toBe('2007-11');
    expect(stepMonthWithin('9999-12', 1, '0001-01', '9999-12')).toBe('9999-12');
    expect(stepMonthWithin('0001-01', -1, '0001-01', '9999-12')).toBe('0001-01');
  });
});
