import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import type { Site } from '../../src/shared/contract/documents.ts';
import { type CardLogo, readCardLogo } from './card-logo.ts';
import { cleanText, escapeXml, type Fitted, fitText } from './card-text.ts';
import { fontMetrics } from './font-metrics.ts';
import type { OgImage } from './head.ts';
import { writeIfChanged } from './write-if-changed.ts';

/**
 * The site card (contract §6 v3): the 1200×630 PNG a link preview shows for a page that has no
 * picture of its own, drawn from `site.json` at build time. resvg draws an SVG composed here
 * with the fonts shipped in ./fonts (DejaVu Sans, Vietnamese subset) and no others, so the
 * same data gives the same bytes on any machine, whatever fonts it has.
 */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const FONTS = fileURLToPath(new URL('./fonts/', import.meta.url));
const BOLD = path.join(FONTS, 'DejaVuSans-Bold-vi.ttf');
const REGULAR = path.join(FONTS, 'DejaVuSans-vi.ttf');
let metrics: { bold: ReturnType<typeof fontMetrics>; regular: ReturnType<typeof fontMetrics> };
const loadMetrics = () => {
  metrics ??= {
    bold: fontMetrics(readFileSync(BOLD)),
    regular: fontMetrics(readFileSync(REGULAR)),
  };
  return metrics;
};

const FRAME = 72;
const LOGO_BOX = 240;
const BAND = 64;

type CardSite = Pick<Site, 'name' | 'shortName' | 'address' | 'website'>;

function textBlock(fitted: Fitted, x: number, top: number, attrs: string, leading: number) {
  const spans = fitted.lines
    .map((line, i) => {
      const y = Math.round(top + fitted.size * (0.8 + i * leading));
      return `<tspan x="${x}" y="${y}">${escapeXml(line)}</tspan>`;
    })
    .join('');
  return `<text font-size="${fitted.size}" ${attrs}>${spans}</text>`;
}

const blockHeight = (fitted: Fitted, leading: number) =>
  fitted.size * (1 + (fitted.lines.length - 1) * leading);

/** The card's SVG. Every string from the data is cleaned and escaped (it is XML). */
export function cardSvg(site: CardSite, logo?: CardLogo): string {
  const { bold, regular } = loadMetrics();
  const left = logo ? FRAME + LOGO_BOX + 56 : FRAME;
  const maxWidth = CARD_WIDTH - FRAME - left;
  const kicker = cleanText(site.shortName).toLocaleUpperCase('vi');
  const name = fitText(site.name, { font: bold, maxWidth, sizes: [68, 60, 52, 44], maxLines: 4 });
  const kickerFit = kicker
    ? fitText(kicker, { font: bold, maxWidth, sizes: [30, 26], maxLines: 1 })
    : undefined;
  // One line if a slightly smaller size allows, else two.
  const oneLine = site.address
    ? fitText(site.address, { font: regular, maxWidth, sizes: [30, 27], maxLines: 1 })
    : undefined;
  const address =
    site.address && oneLine?.cut
      ? fitText(site.address, { font: regular, maxWidth, sizes: [28], maxLines: 2 })
      : oneLine;
  const gap = 28;
  const heights = [
    kickerFit ? blockHeight(kickerFit, 1.25) + gap : 0,
    blockHeight(name, 1.18),
    address ? gap + 12 + blockHeight(address, 1.3) : 0,
  ];
  let top = (CARD_HEIGHT - BAND - heights.reduce((a, b) => a + b, 0)) / 2;
  const parts: string[] = [];
  if (kickerFit) {
    parts.push(textBlock(kickerFit, left, top, 'font-weight="700" fill="#f6c64f"', 1.25));
    top += heights[0] ?? 0;
  }
  parts.push(textBlock(name, left, top, 'font-weight="700" fill="#ffffff"', 1.18));
  top += heights[1] ?? 0;
  if (address) {
    top += gap;
    parts.push(`<rect x="${left}" y="${Math.round(top)}" width="96" height="6" fill="#f6c64f"/>`);
    parts.push(textBlock(address, left, top + 12 + gap / 2, 'fill="#dce8f5"', 1.3));
  }
  const website = cleanText(site.website ?? '')
    .replace(/^https?:\/\//i, '')
    .replace(/\/$/, '');
  const footer = website
    ? fitText(website, {
        font: regular,
        maxWidth: CARD_WIDTH - 2 * FRAME,
        sizes: [24],
        maxLines: 1,
      })
    : undefined;
  const centre = (CARD_HEIGHT - BAND) / 2;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="DejaVu Sans">`,
    '<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">',
    '<stop offset="0" stop-color="#0d5fa8"/><stop offset="1" stop-color="#083f74"/>',
    '</linearGradient></defs>',
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="url(#bg)"/>`,
    `<circle cx="${CARD_WIDTH - 40}" cy="40" r="260" fill="#ffffff" fill-opacity="0.05"/>`,
    `<rect y="${CARD_HEIGHT - BAND}" width="${CARD_WIDTH}" height="${BAND}" fill="#062f57"/>`,
    `<rect y="${CARD_HEIGHT - BAND - 6}" width="${CARD_WIDTH}" height="6" fill="#f6c64f"/>`,
    logo
      ? `<circle cx="${FRAME + LOGO_BOX / 2}" cy="${centre}" r="${LOGO_BOX / 2}" fill="#ffffff"/>` +
        `<image x="${FRAME + 20}" y="${centre - LOGO_BOX / 2 + 20}" width="${LOGO_BOX - 40}" height="${LOGO_BOX - 40}" preserveAspectRatio="xMidYMid meet" href="${logo.href}"/>`
      : '',
    ...parts,
    footer ? textBlock(footer, FRAME, CARD_HEIGHT - BAND + 18, 'fill="#dce8f5"', 1) : '',
    '</svg>',
  ].join('');
}

/** The card as PNG bytes. */
export function renderCard(site: CardSite, logo?: CardLogo): Buffer {
  const resvg = new Resvg(cardSvg(site, logo), {
    font: { fontFiles: [BOLD, REGULAR], loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    fitTo: { mode: 'original' },
    logLevel: 'off',
  });
  return resvg.render().asPng();
}

export interface SiteCard {
  /** Its file in the build folder: `og-image-{hash of its bytes}.png`. */
  file: string;
  /** As a page's head names it: absolute under the site's address. */
  image: OgImage;
  written: boolean;
}

const CARD_FILE = /^og-image-[0-9a-f]{12}\.png$/;

/**
 * Draws the card into `dist` under a name made from its bytes, so a changed card has a new
 * address (link previews and caches fetch it again), written only when new; a previous card
 * of another name is removed. `base` is the app's base path (`/portal/`), for the logo's path;
 * `site` the public address (`--site-url`).
 */
export async function writeSiteCard(
  data: Site,
  { dist, site, base }: { dist: string; site: URL; base: string },
  warn: (message: string) => void,
): Promise<SiteCard> {
  const logo = await readCardLogo(data.logo, dist, base, warn);
  const png = renderCard(data, logo);
  const file = `og-image-${createHash('sha256').update(png).digest('hex').slice(0, 12)}.png`;
  const written = await writeIfChanged(path.join(dist, file), png);
  for (const old of await readdir(dist)) {
    if (old !== file && CARD_FILE.test(old)) await rm(path.join(dist, old), { force: true });
  }
  const src = new URL(file, site).href;
  const image = { src, width: CARD_WIDTH, height: CARD_HEIGHT, alt: cleanText(data.name) };
  return { file, image, written };
}
