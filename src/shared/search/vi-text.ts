/**
 * Vietnamese text as the search engine (Pagefind) sees it, shared by the index builder
 * (scripts/build-search.ts) and the search page, so that both fold text the same way.
 *
 * Pagefind folds tone and vowel marks by NFD-decomposing and dropping combining marks, and
 * ranks exact-mark matches higher. `đ` has no decomposition, so `duong` would never find
 * `đường`. We write `đ` as `d` + U+0335 (combining short stroke overlay): folded, that is `d`;
 * unfolded, it still differs from `d`, so `đường` keeps ranking above `dương`. U+0335 must be
 * passed to `createIndex({ includeCharacters })` or the engine splits words on it. This leans
 * on undocumented behaviour: scripts/build-search.test.ts pins it.
 */
const STROKE = '\u0335';

/** For `createIndex({ includeCharacters })`. */
export const ENGINE_EXTRA_CHARACTERS = STROKE;

// A UTF-16 surrogate without its other half (an emoji cut by a CMS that counts code units).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `text` with every lone surrogate replaced by U+FFFD, as a browser shows it (String's
 * toWellFormed, not in this project's ES2023 lib). Pagefind's binary refuses the whole index
 * ("unexpected end of hex escape") for one of them.
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * Text given to the engine, to index or to search: well-formed, NFC (NFD loses tone ranking),
 * `đ` spelt out (and `Ð`/`ð`, typed for it: see baseForm).
 */
export function toEngineText(text: string): string {
  return wellFormed(text)
    .normalize('NFC')
    .replace(/[đð]/g, `d${STROKE}`)
    .replace(/[ĐÐ]/g, `D${STROKE}`);
}

/** Text that came back from the engine, for display: `đ` restored. */
export function fromEngineText(text: string): string {
  return text.replace(/d\u0335/g, 'đ').replace(/D\u0335/g, 'Đ');
}

/**
 * Text's searchable core: lower case, no marks, `d` for `đ` (what "without marks" means). The
 * one Vietnamese folding of the app: search and the contacts filter use it. `Ð` (U+00D0, the
 * Icelandic eth that old keyboards and CMSs type for `Đ`, lower case `ð`) folds as `Đ` does.
 * One letter in, one letter out, so a match's length is the same in the folded text.
 */
export function baseForm(word: string): string {
  return word
    .normalize('NFC')
    .toLowerCase()
    .replace(/[đð]/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC');
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/** The words of a text (letters and digits, marks kept), in NFC. */
export function wordsOf(text: string): string[] {
  return text.normalize('NFC').match(WORD) ?? [];
}

/** Every word with where it starts and ends in `text` (which must already be NFC). */
export function wordSpans(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}
