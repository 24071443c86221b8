/**
 * Phone numbers and e-mail addresses in running text (an article body), found so that each can
 * become a `tel:`/`mailto:` link. The numbers are the directory's (phone.ts dials them): old
 * 7-digit district numbers (`8.291.913`, `8290294`), with the area code (`08.8291913`,
 * `(028) 3829 1913`), mobiles (`0909.022.456`), `+84 …`, with an extension
 * (`08.8291913 (máy lẻ 12)`). Prose is full of digit runs that are not numbers — dates
 * (`17/12/2007`, `25.12.2007`), document numbers (`244/TB-UBND`), standards (`9001:2000`),
 * amounts (`1.500.000 đồng`) — so a candidate must stand alone and look like a number:
 */
import { telHref } from './phone';

export interface ContactMatch {
  start: number;
  end: number;
  href: string;
}

// Digit groups joined by single separators, with an optional +84 or (0xx) in front. It may not
// touch a letter, a digit, or a `/`, `:` `-` `.` `,` `@` that binds it to something else.
const CANDIDATE =
  /(?<![\p{L}\p{N}/_@.,+-])(?<!\p{N}:)(?:\+84[ .-]?)?(?:\(0\d{1,3}\)[ .-]?)?\d{1,4}(?:[ .-]?\d{1,4}){0,5}(?![\p{L}\p{N}/_@:-]|[.,]\d)/gu;
// An extension as printed after a number.
const EXTENSION =
  /^\s*(?:[-–,]\s*)?\(?\s*(?:ext\.?|máy lẻ|số lẻ|nhánh)\s*[:.]?\s*\d{1,6}\s*\)?(?![\p{L}\p{N}])/iu;
// A unit after the digits makes them a quantity, not a number to dial.
const UNIT =
  /^\s*(?:đồng|đ|vnđ|vnd|usd|triệu|tỷ|tỉ|nghìn|ngàn|trăm|%|người|lượt|hộ|hồ sơ|m2|m²|km|ha|kg|tấn|lít)(?![\p{L}\p{N}])/iu;
const DATE =
  /^\d{1,2}[ .-]\d{1,2}[ .-](?:1[89]|20)\d{2}$|^(?:1[89]|20)\d{2}[ .-]\d{1,2}[ .-]\d{1,2}$/;
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\p{L}\p{N}@])/gu;

/** Whether the digits of `text` (a candidate, extension excluded) make a dialable number. */
export function looksLikePhone(text: string): boolean {
  if (DATE.test(text)) return false;
  const groups = text
    .replace(/^\+84|\(|\)/g, ' ')
    .trim()
    .split(/[ .-]+/);
  const digits = groups.join('');
  if (text.startsWith('+84')) return /^[1-9]\d{8,9}$/.test(digits);
  // Toll-free and hotline services: 1800 …, 1900 ….
  if (/^1[89]00/.test(digits)) return digits.length === 8 || digits.length === 10;
  // With the area code or a mobile prefix: 0 and 8–10 more digits.
  if (digits.startsWith('0')) return digits.length >= 9 && digits.length <= 11;
  // A local number: 7 or 8 digits, never starting 0/1; an amount's "…000" is not one, and
  // space-separated groups are whole blocks (`3829 1913`), never `20 12 2007`.
  if (digits.length < 7 || digits.length > 8 || /^[01]/.test(digits)) return false;
  if (groups.length > 1 && groups.at(-1) === '000') return false;
  if (/ /.test(text) && groups.some((g) => g.length < 3)) return false;
  return true;
}

/** Every phone number and e-mail address in `text`, in order, with where each dials. */
export function findContacts(text: string): ContactMatch[] {
  const found: ContactMatch[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const start = match.index;
    let end = start + match[0].length;
    const after = text.slice(end);
    if (UNIT.test(after) || !looksLikePhone(match[0])) continue;
    const ext = EXTENSION.exec(after);
    if (ext) end += ext[0].trimEnd().length;
    const href = telHref(ext ? `${match[0]} ext ${/\d+/.exec(ext[0])?.[0]}` : match[0]);
    if (href) found.push({ start, end, href });
  }
  for (const match of text.matchAll(EMAIL)) {
    const start = match.index;
    const end = start + match[0].length;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    found.push({ start, end, href: `mailto:${match[0]}` });
  }
  return found.sort((a, b) => a.start - b.start);
}
