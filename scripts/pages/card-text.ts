import { wellFormed } from '../../src/shared/search/vi-text.ts';
import type { FontMetrics } from './font-metrics.ts';

/**
 * Text from the data made safe for the card's SVG: well-formed (a lone surrogate becomes
 * U+FFFD), without the control characters XML 1.0 forbids, composed (NFC: one glyph per
 * Vietnamese letter), whitespace collapsed.
 */
export function cleanText(text: string): string {
  return (
    wellFormed(text)
      // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids exactly these.
      .replace(/[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/g, ' ')
      .normalize('NFC')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** For text and attribute values in the card's SVG (XML): nothing from the data is markup. */
export const escapeXml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

const segmenter = new Intl.Segmenter('vi', { granularity: 'grapheme' });
const graphemes = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);

export interface FitOptions {
  font: FontMetrics;
  maxWidth: number;
  /** Font sizes to try, largest first: the first at which the text fits in `maxLines` wins. */
  sizes: readonly number[];
  maxLines: number;
}

export interface Fitted {
  size: number;
  lines: string[];
  /** The text did not fit whole: the last line ends with an ellipsis. */
  cut: boolean;
}

/** Greedy wrapping at spaces; a word wider than the line is broken between graphemes. */
function wrap(text: string, size: number, { font, maxWidth }: FitOptions): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string) => font.width(candidate, size) <= maxWidth;
  for (const word of text.split(' ')) {
    const joined = line ? `${line} ${word}` : word;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    if (fits(word)) {
      line = word;
      continue;
    }
    for (const piece of graphemes(word)) {
      if (line && !fits(line + piece)) {
        lines.push(line);
        line = '';
      }
      line += piece;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Lines of `text` that fit the card: the largest size at which it takes at most `maxLines`
 * lines; failing that, the smallest size's first lines, the last one cut (between graphemes)
 * with an ellipsis.
 */
export function fitText(raw: string, options: FitOptions): Fitted {
  // Far more than any card shows: a hostile 1 MB name costs no more than a long one.
  const text = graphemes(cleanText(raw)).slice(0, 400).join('');
  const smallest = options.sizes[options.sizes.length - 1] ?? 40;
  for (const size of options.sizes) {
    const lines = wrap(text, size, options);
    if (lines.length <= options.maxLines) return { size, lines, cut: false };
  }
  const lines = wrap(text, smallest, options).slice(0, options.maxLines);
  const last = graphemes(lines.pop() ?? '');
  while (last.length > 0 && options.font.width(`${last.join('')}…`, smallest) > options.maxWidth) {
    last.pop();
  }
  lines.push(`${last.join('').trimEnd()}…`);
  return { size: smallest, lines, cut: true };
}
