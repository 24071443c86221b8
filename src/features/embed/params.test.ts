import { describe, expect, it } from 'vitest';
import { parseId, parseLimit } from './params';

describe('parseLimit', () => {
  it.each([
    [null, 5],
    ['', 5],
    ['abc', 5],
    ['3abc', 5],
    ['Infinity', 5],
    ['0', 1],
    ['-4', 1],
    ['1', 1],
    ['7', 7],
    ['7.9', 7],
    [' 12 ', 12],
    ['20', 20],
    ['99', 20],
    ['1e9', 20],
  ])('%j → %i', (raw, expected) => {
    expect(parseLimit(raw)).toBe(expected);
  });
});

describe('parseId', () => {
  it('treats empty as absent', () => {
    expect(parseId(null)).toBeNull();
    expect(parseId('  ')).toBeNull();
    expect(parseId('cai-cach')).toBe('cai-cach');
  });
});
