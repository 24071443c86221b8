/**
 * Marking the query's words in a result, as plain text segments that React renders as text and
 * <mark>. The engine's own `excerpt` is HTML in which only `<` and `>` are escaped: showing it
 * would mean trusting markup built from the data, so it is never used.
 */
import { baseForm, wordSpans, wordsOf } from '../../../shared/search/vi-text';

export interface Segment {
  text: string;
  mark: boolean;
}

/** The query's words in their searchable core form (no marks, lower case, d for đ), unique. */
export function queryTerms(query: string): string[] {
  return [...new Set(wordsOf(query).map(baseForm).filter(Boolean))];
}

/**
 * How much of `word` a term matches: the engine matches every query word as a prefix (`ho`
 * finds `hôn`), so a prefix match is marked as far as the term goes, a whole syllable entirely.
 * Returns [characters to mark, score] — whole syllables score higher than prefixes.
 */
function matchOf(word: string, terms: readonly string[]): [number, number] {
  const base = baseForm(word);
  let best: [number, number] = [0, 0];
  for (const term of terms) {
    if (base === term) return [word.length, 3];
    if (base.startsWith(term) && best[1] < 1) {
      // Precomposed Vietnamese letters fold one to one; if not (rare scripts), mark the word.
      best = [base.length === word.length ? term.length : word.length, 1];
    }
  }
  return best;
}

function push(segments: Segment[], text: string, mark: boolean) {
  if (!text) return;
  const last = segments[segments.length - 1];
  if (last && last.mark === mark) last.text += text;
  else segments.push({ text, mark });
}

/** The whole text with every matching word (or matching prefix) marked. */
export function markText(text: string, terms: readonly string[]): Segment[] {
  const source = text.normalize('NFC');
  const segments: Segment[] = [];
  let at = 0;
  for (const span of wordSpans(source)) {
    const [length] = matchOf(span.word, terms);
    if (length === 0) continue;
    push(segments, source.slice(at, span.start), false);
    push(segments, source.slice(span.start, span.start + length), true);
    at = span.start + length;
  }
  push(segments, source.slice(at), false);
  return segments;
}

/**
 * About `maxWords` words of `text` around the densest run of matches (whole syllables count
 * more than prefixes), with "…" where text was cut, and the matches marked.
 */
export function buildExcerpt(text: string, terms: readonly string[], maxWords = 30): Segment[] {
  const source = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const spans = wordSpans(source);
  if (spans.length <= maxWords) return markText(source, terms);
  const scores = spans.map((span) => matchOf(span.word, terms)[1]);
  let sum = scores.slice(0, maxWords).reduce((a, b) => a + b, 0);
  let best = sum;
  let start = 0;
  for (let i = 1; i + maxWords <= spans.length; i++) {
    sum += (scores[i + maxWords - 1] ?? 0) - (scores[i - 1] ?? 0);
    if (sum > best) {
      best = sum;
      start = i;
    }
  }
  // Centre the matches found in that window: context on both sides, not a cut right after one.
  const matched = scores.slice(start, start + maxWords).flatMap((score, i) => (score ? [i] : []));
  if (matched.length > 0) {
    const first = start + (matched[0] ?? 0);
    const last = start + (matched[matched.length - 1] ?? 0);
    const slack = maxWords - (last - first + 1);
    start = Math.max(0, Math.min(first - Math.floor(slack / 2), spans.length - maxWords));
  }
  const end = Math.min(spans.length, start + maxWords);
  const from = start === 0 ? 0 : (spans[start]?.start ?? 0);
  const to = end === spans.length ? source.length : (spans[end - 1]?.end ?? source.length);
  const segments = markText(source.slice(from, to), terms);
  if (from > 0) segments.unshift({ text: '…', mark: false });
  if (to < source.length) segments.push({ text: '…', mark: false });
  return segments;
}

/**
 * Whether every query word occurs in the text (loosely: as part of its letters and digits, marks
 * and case aside). Pagefind, when a query word starts no word of the index at all, searches for
 * its longest prefix that does (`xyzzy` → `x`) or drops it (pagefind/pagefind#793), so a query
 * with a word found nowhere still returns results; the contract wants none. Such results are all
 * without the word, and real ones all have it, so checking one result tells which case it is.
 */
export function hasEveryTerm(text: string, terms: readonly string[]): boolean {
  // By slices, stopping once every word is seen: folding a 2 MB article whole took ~1 s (in the
  // search worker, where this runs). Slices overlap so that no word is cut in two.
  const left = new Set(terms);
  for (let at = 0; left.size > 0 && at < text.length; at += SLICE) {
    const slice = text.slice(Math.max(0, at - OVERLAP), at + SLICE);
    const letters = baseForm(slice).replace(/[^\p{L}\p{N}]+/gu, '');
    for (const term of left) if (letters.includes(term)) left.delete(term);
  }
  return left.size === 0;
}

const SLICE = 50_000;
const OVERLAP = 500;
