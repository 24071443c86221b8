import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../shared/contract/documents';
import {
  countByDay,
  daysInMonthWithArticles,
  groupByDay,
  itemsOfDay,
  nearestKey,
} from './archive-days';

const TZ = 'Asia/Ho_Chi_Minh';
const article = (id: string, publishedAt: string): ArticleSummary => ({
  id,
  title: id,
  publishedAt,
  category: 'tin-tuc',
});

const december = [
  article('ngay-17', '2007-12-17T16:00:00+07:00'),
  article('trua-ngay-10', '2007-12-10T11:19:00+07:00'),
  article('nua-dem-ngay-10', '2007-12-10T00:30:00+07:00'),
  article('khuya-ngay-9', '2007-12-09T23:30:00+07:00'),
  // Written in UTC: 2007-12-01T01:00 at the site, still December there.
  article('utc-ngay-1', '2007-11-30T18:00:00Z'),
];

describe('grouping by site-local day', () => {
  it('runs where the reader is in Los Angeles', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/Los_Angeles');
  });

  it('keeps 00:30 on the 10th and 23:30 on the 9th', () => {
    const groups = groupByDay(december, TZ, '2007-12');
    expect(groups.map((g) => g.day)).toEqual([
      '2007-12-17',
      '2007-12-10',
      '2007-12-09',
      '2007-12-01',
    ]);
    expect(groups[1]?.items.map((i) => i.id)).toEqual(['trua-ngay-10', 'nua-dem-ngay-10']);
    expect(groups[2]?.items.map((i) => i.id)).toEqual(['khuya-ngay-9']);
  });

  it('sorts newest first whatever the input order', () => {
    const groups = groupByDay([...december].reverse(), TZ);
    expect(groups[0]?.day).toBe('2007-12-17');
    expect(groups[1]?.items[0]?.id).toBe('trua-ngay-10');
  });

  it('leaves out articles whose site day is in another month', () => {
    const stray = article('thang-11', '2007-11-30T20:00:00+07:00');
    expect(groupByDay([stray, ...december], TZ, '2007-12').map((g) => g.day)).not.toContain(
      '2007-11-30',
    );
    expect(daysInMonthWithArticles([stray], TZ, '2007-11')).toEqual(['2007-11-30']);
  });

  it('picks the items of one day and counts per day', () => {
    expect(itemsOfDay(december, '2007-12-10', TZ).map((i) => i.id)).toEqual([
      'trua-ngay-10',
      'nua-dem-ngay-10',
    ]);
    expect(itemsOfDay(december, '2007-12-11', TZ)).toEqual([]);
    const counts = countByDay(december, TZ);
    expect(counts.get('2007-12-10')).toBe(2);
    expect(counts.get('2007-12-09')).toBe(1);
    expect(counts.has('2007-11-30')).toBe(false);
  });
});

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
