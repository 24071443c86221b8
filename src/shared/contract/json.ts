/**
 * JSON from the data folder, parsed into the app's documents (contract §1, §6 v3): every
 * string is well-formed Unicode, a lone surrogate (`"\ud800"`, legal JSON) becoming U+FFFD.
 * The HTML a page is drawn into has U+FFFD there anyway (UTF-8 cannot carry a lone surrogate):
 * a state that kept `\ud800` would not match it, and the browser's hydration would fail
 * (#418). One place for the browser's fetchers and every generator (pages, feeds, search).
 */

// A lone surrogate can only come from a `\uD800`–`\uDFFF` escape: text decoded from UTF-8
// (fetch's `text()`, `readFile(…, 'utf8')`) is already well-formed. Most files have none, and
// they parse without a reviver (which costs about twice the parse).
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

// Where `String.prototype.toWellFormed` is missing (Chrome < 111, Safari < 16.4, Firefox < 119):
// a pair is kept, a lone half replaced.
const SURROGATES = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

/** `text` with every lone surrogate replaced by U+FFFD. */
export const wellFormed = (text: string): string =>
  text.replace(SURROGATES, (match) => (match.length === 2 ? match : '\uFFFD'));

// Only strings are rebuilt: a key with a lone surrogate names no field of the contract, and
// keys are never drawn.
const revive = (_key: string, value: unknown) =>
  typeof value === 'string' ? wellFormed(value) : value;

/**
 * `JSON.parse` for data files: throws as it does; every string (and key) is well-formed. The
 * result is `unknown`: a schema says what it is.
 */
export function parseDataJson(text: string): unknown {
  return SURROGATE_ESCAPE.test(text) ? JSON.parse(text, revive) : JSON.parse(text);
}
