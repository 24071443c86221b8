/**
 * `?theme=` for the embed pages (embed.js passes a ward's `data-theme-color` through). Only a
 * plain hex colour is accepted; anything else — names, rgb(), CSS injection attempts — is ignored
 * and the portal's own accent stays.
 */
const HEX = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/** `#abc` / `#AABBCC` → `#aabbcc`; null for anything that is not strictly a hex colour. */
export function parseHexColor(value: string | null | undefined): string | null {
  if (typeof value !== 'string' || !HEX.test(value)) return null;
  const hex = value.slice(1).toLowerCase();
  return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`;
}

type Rgb = [number, number, number];

function toRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = toRgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours, 1–21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (hi + 0.05) / (lo + 0.05);
}

/** Mix towards black by `amount` (0–1). */
export function darken(hex: string, amount: number): string {
  return toHex(toRgb(hex).map((c) => c * (1 - amount)) as Rgb);
}

/**
 * The colour itself when it already reaches `ratio` against every background, otherwise the
 * lightest darker shade of it that does (black always does, so this ends).
 */
export function ensureContrast(hex: string, backgrounds: string[] = ['#ffffff'], ratio = 4.5) {
  const ok = (c: string) => backgrounds.every((bg) => contrastRatio(c, bg) >= ratio);
  for (let step = 0; step <= 100; step++) {
    const candidate = darken(hex, step / 100);
    if (ok(candidate)) return candidate;
  }
  return '#000000';
}

/**
 * Backgrounds the accent is drawn on (links on white, links on the soft boxes), and the white
 * text drawn on it in buttons — keeping 4.5:1 against white covers the latter.
 */
export const EMBED_BACKGROUNDS = ['#ffffff', '#f3f6fa'];

/** CSS variables for the embed root, or undefined to keep the stylesheet's own accent. */
export function themeStyle(param: string | null): Record<string, string> | undefined {
  const color = parseHexColor(param);
  if (!color) return undefined;
  const accent = ensureContrast(color, EMBED_BACKGROUNDS);
  return { '--accent': accent, '--accent-dark': darken(accent, 0.3) };
}
