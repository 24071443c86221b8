import { describe, expect, it } from 'vitest';
import { formatByKind, formatStamp } from './date-style';

const ZONE = 'Asia/Ho_Chi_Minh';

describe('the one date style (docs/dates.md)', () => {
  it('writes an article instant as the seed did: HH:mm - dd/MM/yyyy, in the site zone', () => {
    expect(formatStamp('2007-12-10T11:19:00+07:00', ZONE)).toBe('11:19 - 10/12/2007');
    // Late evening in Los Angeles is the next morning at the site.
    expect(formatStamp('2007-11-20T16:42:00-08:00', ZONE)).toBe('07:42 - 21/11/2007');
  });

  it('gives each kind of place its form', () => {
    const iso = '2007-12-17T16:00:00+07:00';
    expect(formatByKind('stamp', iso, ZONE)).toBe('16:00 - 17/12/2007');
    expect(formatByKind('listed', iso, ZONE)).toBe('(16:00 - 17/12/2007)');
    expect(formatByKind('time', iso, ZONE)).toBe('16:00');
  });
});
