import { describe, expect, it } from 'vitest';
import { addMonths, checkTypedDate, parseTypedDate } from '../../../shared/time/calendar-day';

describe('typed dates (dd/mm/yyyy)', () => {
  it('reads day first, with or without leading zeros', () => {
    expect(parseTypedDate('10/12/2007')).toEqual({ year: 2007, month: 12, day: 10 });
    expect(parseTypedDate('1/2/2008')).toEqual({ year: 2008, month: 2, day: 1 });
    expect(parseTypedDate(' 29/02/2008 ')).toEqual({ year: 2008, month: 2, day: 29 });
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
    expect(parseTypedDate('abc')).toBeNull();
  });
});

describe('month keys', () => {
  it('shifts across year boundaries', () => {
    expect(addMonths('2007-12', 1)).toBe('2008-01');
    expect(addMonths('2008-01', -1)).toBe('2007-12');
    expect(addMonths('2007-11', 14)).toBe('2009-01');
  });
});
