import { describe, expect, it } from 'vitest';
import { nearestKey, openingFocusDay, openingMonth } from './archive-days';

describe('nearestKey', () => {
  const keys = ['2007-12-17', '2007-12-01', '2007-12-10'];
  it('finds the closest key on either side, never the key itself', () => {
    expect(nearestKey(keys, '2007-12-10', -1)).toBe('2007-12-01');
    expect(nearestKey(keys, '2007-12-10', 1)).toBe('2007-12-17');
    expect(nearestKey(keys, '2007-12-12', -1)).toBe('2007-12-10');
    expect(nearestKey(keys, '2007-12-01', -1)).toBeUndefined();
    expect(nearestKey(keys, '2007-12-17', 1)).toBeUndefined();
  });
});

describe('openingMonth', () => {
  const months = ['2007-11', '2007-12', '2008-01'];
  it('opens on the selected day’s month, else the page’s month, else the newest listed', () => {
    expect(openingMonth(months, '2007-11-05', '2007-12')).toBe('2007-11');
    expect(openingMonth(months, '2006-01-01', '2007-12')).toBe('2007-12');
    expect(openingMonth(months, undefined, '1999-01')).toBe('2008-01');
    expect(openingMonth([], undefined, undefined)).toBeUndefined();
  });
});

describe('openingFocusDay', () => {
  const days = ['2007-11-21', '2007-12-04', '2007-12-10', '2007-12-17'];
  it('is the selected day when it has articles in the shown month', () => {
    expect(openingFocusDay('2007-12', days, '2007-12-10', '2030-01-01')).toBe('2007-12-10');
  });
  it('else today when it has articles', () => {
    expect(openingFocusDay('2007-12', days, '2007-11-21', '2007-12-04')).toBe('2007-12-04');
  });
  it('else the month’s newest day with articles', () => {
    expect(openingFocusDay('2007-12', days, undefined, '2030-01-01')).toBe('2007-12-17');
    expect(openingFocusDay('2007-12', days, '2007-12-11', '2007-12-12')).toBe('2007-12-17');
    expect(openingFocusDay('2008-01', days, undefined, '2030-01-01')).toBeUndefined();
  });
});
