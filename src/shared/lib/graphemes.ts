/**
 * Text cut between graphemes (contract §6 v3): a description or a headline never ends inside
 * an emoji (a surrogate pair, a ZWJ family, a flag, a skin tone) or between a letter and its
 * combining mark (decomposed Vietnamese: "e" + U+0301). Shared by the app (page descriptions)
 * and the generators (JSON-LD headline, feed summaries), so both cut the same text alike.
 */

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter('vi', { granularity: 'grapheme' })
    : null;

// Without Intl.Segmenter (Firefox < 125): the common clusters — a flag's two regional
// indicators, CR LF, a character with its marks, skin tones and tags, joined by ZWJ.
const CLUSTER =
  /\p{RI}\p{RI}|\r\n|[\s\S](?:\p{M}|[\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}])*(?:\u200D[\s\S](?:\p{M}|[\u{1F3FB}-\u{1F3FF}])*)*/gu;

/** The graphemes of `text`, lazily: a 5 MB body cut to 200 characters is not segmented whole. */
function* graphemes(text: string): Generator<string> {
  if (segmenter) {
    for (const { segment } of segmenter.segment(text)) yield segment;
    return;
  }
  for (const match of text.matchAll(CLUSTER)) yield match[0];
}

/** How `max` is counted: UTF-16 code units (`String.length`) or graphemes. */
export type TextMeasure = 'code-units' | 'graphemes';

/** The longest start of `text` made of whole graphemes and at most `max` long. */
export function graphemePrefix(text: string, max: number, measure: TextMeasure = 'code-units') {
  let end = 0;
  let count = 0;
  for (const grapheme of graphemes(text)) {
    const next = measure === 'graphemes' ? count + 1 : end + grapheme.length;
    if (next > max) break;
    count = next;
    end += grapheme.length;
  }
  return text.slice(0, end);
}

/** Whether `text` is at most `max` long. */
export function fitsIn(text: string, max: number, measure: TextMeasure = 'code-units') {
  if (text.length <= max) return true;
  return measure === 'graphemes' && graphemePrefix(text, max, measure).length === text.length;
}

/** `text` when at most `max` long, else its start cut between graphemes and "…" (`max` in all). */
export function clipText(text: string, max: number, measure: TextMeasure = 'code-units') {
  return fitsIn(text, max, measure) ? text : `${graphemePrefix(text, max - 1, measure)}…`;
}
