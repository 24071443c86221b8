import { describe, expect, it } from 'vitest';
import { pageWindow } from './Pagination';

describe('pageWindow', () => {
  it('shows first, last and two either side of the current page', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pageWindow(6, 12)).toEqual([1, null, 4, 5, 6, 7, 8, null, 12]);
    expect(pageWindow(2, 10)).toEqual([1, 2, 3, 4, null, 10]);
  });

  it('costs the same for a count of a hundred million as for ten', () => {
    const started = performance.now();
    expect(pageWindow(3, 100_000_000)).toEqual([1, 2, 3, 4, 5, null, 100_000_000]);
    expect(pageWindow(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER).length).toBe(5);
    // Walking every page took about a second here; the window takes microseconds.
    expect(performance.now() - started).toBeLessThan(100);
  });
});
