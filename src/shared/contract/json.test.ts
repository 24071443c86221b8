import { describe, expect, it } from 'vitest';
import { parseDataJson, wellFormed } from './json';

// JSON may spell a lone surrogate (`\ud800`); UTF-8 HTML cannot carry one, so a page drawn
// with it has U+FFFD where its carried data would keep `\ud800`: hydration fails (#418).
describe('parseDataJson', () => {
  it('turns a lone surrogate into U+FFFD, in values and nested values', () => {
    const text = String.raw`{"title":"a\ud800b","items":[{"s":"\udc00x"}]}`;
    expect(parseDataJson(text)).toEqual({ title: 'a\uFFFDb', items: [{ s: '\uFFFDx' }] });
  });

  it('keeps a pair written as two escapes, and text without escapes as it is', () => {
    expect(parseDataJson(String.raw`["\ud83d\ude00", "Quận 1 😀"]`)).toEqual(['😀', 'Quận 1 😀']);
  });

  it('throws on what is not JSON, as JSON.parse does', () => {
    expect(() => parseDataJson('{"a": "\\ud800')).toThrow(SyntaxError);
  });
});

describe('wellFormed', () => {
  it('replaces lone halves, and the same without String.prototype.toWellFormed', async () => {
    const input = 'x\ud800y\udfff😀\ud83d';
    expect(wellFormed(input)).toBe('x\uFFFDy\uFFFD😀\uFFFD');
    const proto = String.prototype as { toWellFormed?: unknown };
    const saved = proto.toWellFormed;
    delete proto.toWellFormed;
    try {
      const { vi } = await import('vitest');
      vi.resetModules();
      const fresh = await import('./json');
      expect(fresh.wellFormed(input)).toBe('x\uFFFDy\uFFFD😀\uFFFD');
    } finally {
      proto.toWellFormed = saved;
    }
  });
});
