import { describe, expect, it } from 'vitest';
import { plainTextOf } from '../html/plain-text';
import { clipText, graphemePrefix } from './graphemes';

const FAMILY = '👨‍👩‍👧'; // 8 code units, one grapheme
const FLAG = '🇻🇳'; // 4 code units
const DECOMPOSED = 'e\u0301'; // é as a letter and its mark

const wellFormed = (text: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(text);

describe('graphemePrefix', () => {
  it('never ends inside an emoji, a flag or a letter with its mark', () => {
    expect(graphemePrefix(`ab${FAMILY}`, 5)).toBe('ab');
    expect(graphemePrefix(`a${FLAG}`, 3)).toBe('a');
    expect(graphemePrefix(`a${DECOMPOSED}`, 2)).toBe('a');
    expect(graphemePrefix(`a${FAMILY}b`, 9)).toBe(`a${FAMILY}`);
  });

  it('counts graphemes when asked', () => {
    expect(graphemePrefix(`${FAMILY}${FLAG}xyz`, 3, 'graphemes')).toBe(`${FAMILY}${FLAG}x`);
  });
});

describe('clipText', () => {
  it('keeps text within the limit, cuts longer text between graphemes with "…"', () => {
    expect(clipText('ngắn', 10)).toBe('ngắn');
    const title = `${'x'.repeat(108)}😀😀`;
    const clipped = clipText(title, 110);
    expect(clipped).toBe(`${'x'.repeat(108)}…`);
    expect(wellFormed(clipped)).toBe(true);
  });
});

describe('plainTextOf (a page description)', () => {
  it('cuts a body of emoji between graphemes', () => {
    const text = plainTextOf(`<p>${'😀'.repeat(150)}</p>`, 200);
    expect(wellFormed(text)).toBe(true);
    expect(text.endsWith('😀…')).toBe(true);
  });

  it('keeps a combining mark with its letter', () => {
    const text = plainTextOf(`<p>${'x'.repeat(198)}${DECOMPOSED}${'y'.repeat(10)}</p>`, 200);
    expect(text).toBe(`${'x'.repeat(198)}…`);
  });
});

describe('without Intl.Segmenter (Firefox < 125)', () => {
  it('still keeps emoji, flags and marks whole', async () => {
    const { vi } = await import('vitest');
    const intl = Intl as { Segmenter?: unknown };
    const saved = intl.Segmenter;
    delete intl.Segmenter;
    try {
      vi.resetModules();
      const fresh = await import('./graphemes');
      expect(fresh.graphemePrefix(`ab${FAMILY}`, 9)).toBe('ab');
      expect(fresh.graphemePrefix(`a${FLAG}${FLAG}`, 7)).toBe(`a${FLAG}`);
      expect(fresh.graphemePrefix(`a${DECOMPOSED}`, 2)).toBe('a');
      expect(fresh.graphemePrefix('👍🏽x', 3)).toBe('');
    } finally {
      intl.Segmenter = saved;
    }
  });
});
