/**
 * Phone fields are typed by hand in the CMS and hold what a printed directory would: one number
 * (`08.8291913`), several (`0909 022 456 / 0909 022 457`), an extension (`… ext 12`,
 * `… (máy lẻ 12)`) or a vanity number (`1800-CALL-NOW`). Each number becomes its own `tel:`
 * link, as dialled: digits, a leading `+` kept, an extension after a pause (`,`); RFC 3966's
 * visual separators (space . - ( )) are dropped. Anything we cannot dial correctly stays text.
 */
export interface PhonePart {
  /** The text as printed. */
  text: string;
  /** Where tapping it dials, or null for text (a separator, a vanity number). */
  href: string | null;
}

// Between two numbers: a slash, semicolon, comma, or the words "hoặc" / "và" / "or".
const SEPARATOR = /(\s*[/;,]\s*|\s+(?:hoặc|và|or)\s+)/i;
const EXTENSION =
  /^(.*?\d[\s).]*?)\s*\(?\s*(?:ext\.?|extension|máy lẻ|số lẻ|nhánh|x|#)\s*[:.]?\s*(\d{1,6})\s*\)?\s*$/i;
// Letters standing for digits, joined to digits: 1800-CALL-NOW, 0909-ABC.
const VANITY = /\d[\s.-]*[A-Z]{3,}|[A-Z]{3,}[\s.-]*\d/;
// E.164 caps a number at 15 digits; fewer than 3 is not a number anyone dials.
const MIN_DIGITS = 3;
const MAX_DIGITS = 15;

/** The `tel:` URI for one printed number, or null when it is not safely dialable. */
export function telHref(printed: string): string | null {
  const value = printed.trim();
  const ext = EXTENSION.exec(value);
  const main = ext?.[1] ?? value;
  if (VANITY.test(main)) return null;
  const digits = main.replace(/\D/g, '');
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) return null;
  const plus = /^[^\d]*\+/.test(main) ? '+' : '';
  return `tel:${plus}${digits}${ext ? `,${ext[2]}` : ''}`;
}

/** A printed field split into numbers (each with its own link) and the text between them. */
export function phoneParts(printed: string): PhonePart[] {
  return printed
    .split(SEPARATOR)
    .map((text, i) => ({ text, href: i % 2 === 0 ? telHref(text) : null }))
    .filter((part) => part.text !== '');
}
