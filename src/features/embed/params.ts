import { SLUG_PATTERN } from '../../shared/contract/primitives';

export const LIMIT_DEFAULT = 5;
export const LIMIT_MIN = 1;
export const LIMIT_MAX = 20;

/** `?limit=`: a number clamped to 1–20 (0 → 1, 99 → 20), anything unreadable → 5. */
export function parseLimit(raw: string | null | undefined): number {
  const text = raw?.trim() ?? '';
  const n = text === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(n)) return LIMIT_DEFAULT;
  return Math.min(LIMIT_MAX, Math.max(LIMIT_MIN, Math.trunc(n)));
}

/** An id/slug from the URL, or null when absent; malformed ones are kept to be reported. */
export function parseId(raw: string | null | undefined): string | null {
  const text = raw?.trim() ?? '';
  return text === '' ? null : text;
}

export const isValidId = (id: string) => SLUG_PATTERN.test(id);
