import { describe, expect, it } from 'vitest';
import { formatLongDay, formatSiteDate, formatSiteTime, siteDayKey } from './site-time';

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
