import { describe, expect, it } from 'vitest';
import { formatLongDay } from './day-titles';
import { formatSiteDate, formatSiteTime, siteDayKey } from './site-time';

describe('site time zone', () => {
  it('runs under a reader zone far from the site', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/Los_Angeles');
  });

  it('keeps 21/11/2007 07:42 for the site, whatever the reader zone', () => {
    const iso = '2007-11-21T07:42:00+07:00';
    expect(formatSiteDate(iso, 'Asia/Ho_Chi_Minh')).toBe('21/11/2007');
    expect(formatSiteTime(iso, 'Asia/Ho_Chi_Minh')).toBe('07:42');
    // The reader's own zone would have said 20/11 16:42.
    expect(new Date(iso).getDate()).toBe(20);
  });

  it('puts 00:30 and 23:30 on their own site days', () => {
    expect(siteDayKey('2007-12-10T00:30:00+07:00', 'Asia/Ho_Chi_Minh')).toBe('2007-12-10');
    expect(siteDayKey('2007-12-09T23:30:00+07:00', 'Asia/Ho_Chi_Minh')).toBe('2007-12-09');
    expect(siteDayKey('2007-12-09T17:30:00Z', 'Asia/Ho_Chi_Minh')).toBe('2007-12-10');
  });

  it('writes midnight as 00, not 24', () => {
    expect(formatSiteTime('2007-12-09T17:00:00Z', 'Asia/Ho_Chi_Minh')).toBe('00:00');
  });

  it('names the weekday in Vietnamese', () => {
    expect(formatLongDay(2007, 12, 10)).toBe('Thứ Hai, 10/12/2007');
    expect(formatLongDay(2007, 12, 16)).toBe('Chủ Nhật, 16/12/2007');
  });
});

describe('formatLongDay for any year the contract allows', () => {
  it.each([
    [1, 1, 1, 'Thứ Hai, 01/01/0001'],
    [99, 12, 31, 'Thứ Năm, 31/12/0099'],
    [1900, 3, 1, 'Thứ Năm, 01/03/1900'],
    [2000, 2, 29, 'Thứ Ba, 29/02/2000'],
    [2007, 12, 10, 'Thứ Hai, 10/12/2007'],
    [9999, 12, 31, 'Thứ Sáu, 31/12/9999'],
  ])('%i-%i-%i → %s', (year, month, day, text) => {
    expect(formatLongDay(year, month, day)).toBe(text);
  });
});

describe('far-past and far-future dates (issue #22): the site shows what the data says', () => {
  const tz = 'Asia/Ho_Chi_Minh';
  it.each([
    // Before 1906 the zone's offset is local mean time (+07:06:40): not the data's 08:00.
    ['1900-06-01T08:00:00+07:00', '01/06/1900', '08:00', '1900-06-01'],
    ['1900-06-01T23:58:00+07:00', '01/06/1900', '23:58', '1900-06-01'],
    // .NET's empty date.
    ['0001-01-01T00:00:00+07:00', '01/01/0001', '00:00', '0001-01-01'],
    // Year 10000 at the site's offset: kept on the data's clock.
    ['9999-12-31T23:59:59-12:00', '31/12/9999', '23:59', '9999-12-31'],
    // A date the zone can write is still converted, with the offset of its day.
    ['1975-04-30T04:30:00Z', '30/04/1975', '12:30', '1975-04-30'], // +08:00 then,
  ])('%s → %s %s, day %s', (iso, date, time, key) => {
    expect(formatSiteDate(iso, tz)).toBe(date);
    expect(formatSiteTime(iso, tz)).toBe(time);
    expect(siteDayKey(iso, tz)).toBe(key);
  });
});
