import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Site } from '../../src/shared/contract/documents.ts';
import { removeDir, tempDir } from '../test-helpers.ts';
import { fitText } from './card-text.ts';
import { fontMetrics } from './font-metrics.ts';
import { cardSvg, renderCard, writeSiteCard } from './site-card.ts';

const SITE: Site = {
  name: 'Ủy ban nhân dân Quận Mẫu',
  shortName: 'Quận Mẫu',
  timeZone: 'Asia/Ho_Chi_Minh',
  address: '1 Đường Thử, Phường Một',
};
const EMBLEM = readFileSync(new URL('../../public/images/emblem.svg', import.meta.url));

/** Width and height from the PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): [number, number] {
  expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

let dist: string;
let warnings: string[];
const at = (base = '/') => ({ dist, site: new URL(`https://quan1.example.gov.vn${base}`), base });
const warn = (message: string) => warnings.push(message);
beforeEach(async () => {
  dist = await tempDir('site-card-');
  warnings = [];
});
afterEach(() => removeDir(dist));

describe('the site card', () => {
  it('is a 1200×630 PNG, the same bytes every time', () => {
    const png = renderCard(SITE);
    expect(pngSize(png)).toEqual([1200, 630]);
    expect(renderCard(SITE).equals(png)).toBe(true);
    expect(renderCard({ ...SITE, name: 'Quận Khác' }).equals(png)).toBe(false);
  });

  it('draws a hostile name as text: escaped in the SVG, still a PNG', () => {
    const name = '</text><script>alert(1)</script><text>&amp; "x" \u0000 \ud800';
    const svg = cardSvg({ ...SITE, name, address: '<b onload="x">' });
    expect(svg).not.toMatch(/<script|<b /);
    expect([svg.includes('\u0000'), svg.includes('\ud800')]).toEqual([false, false]);
    expect(svg).toContain('>&lt;/text&gt;&lt;script&gt;alert(1)');
    expect(svg.match(/<text /g)).toHaveLength(3); // kicker, name, address: nothing added
    expect(pngSize(renderCard({ ...SITE, name }))).toEqual([1200, 630]);
  });

  it('fits a very long name: smaller, at most four lines, cut with an ellipsis', () => {
    const name = `Ủy ban nhân dân ${'phường Bến Nghé '.repeat(40)}${'x'.repeat(5000)}`;
    const svg = cardSvg({ ...SITE, name });
    const lines = [
      ...svg.matchAll(/font-size="(\d+)" font-weight="700" fill="#ffffff">(.*?)<\/text>/g),
    ];
    const spans = lines[0]?.[2]?.match(/<tspan/g) ?? [];
    expect(spans).toHaveLength(4);
    expect(lines[0]?.[2]).toMatch(/…<\/tspan>$/);
    expect(pngSize(renderCard({ ...SITE, name }))).toEqual([1200, 630]);
  });

  it('wraps within the width, breaking a word too long for a line between graphemes', () => {
    const font = fontMetrics(
      readFileSync(new URL('./fonts/DejaVuSans-Bold-vi.ttf', import.meta.url)),
    );
    const options = { font, maxWidth: 500, sizes: [60, 40], maxLines: 6 };
    const fitted = fitText(`Phường ${'Ắ'.repeat(40)} Một`, options);
    expect(fitted.cut).toBe(false);
    for (const line of fitted.lines) expect(font.width(line, fitted.size)).toBeLessThanOrEqual(500);
    expect(fitted.lines.join('')).toBe(`Phường${'Ắ'.repeat(40)}Một`);
    // Vietnamese letters are in the shipped font: none measures as the missing glyph.
    expect(font.width('ệ', 100)).not.toBe(font.width('\u4e00', 100));
  });
});

describe('writeSiteCard', () => {
  it('writes og-image-{hash}.png once, and replaces it when the site changes', async () => {
    const first = await writeSiteCard(SITE, at(), warn);
    expect(first.file).toMatch(/^og-image-[0-9a-f]{12}\.png$/);
    expect(first).toEqual({
      file: first.file,
      image: {
        src: `https://quan1.example.gov.vn/${first.file}`,
        width: 1200,
        height: 630,
        alt: SITE.name,
      },
      written: true,
    });
    const { mtimeMs } = await stat(path.join(dist, first.file));
    const again = await writeSiteCard(SITE, at(), warn);
    expect(again).toEqual({ ...first, written: false });
    expect((await stat(path.join(dist, first.file))).mtimeMs).toBe(mtimeMs);
    const renamed = await writeSiteCard({ ...SITE, name: 'Quận Mới' }, at(), warn);
    expect(renamed.file).not.toBe(first.file);
    expect(await readdir(dist)).toEqual([renamed.file]);
    expect(warnings).toEqual([]);
  });

  it("embeds the site's emblem from the build folder, under the app's base path too", async () => {
    await mkdir(path.join(dist, 'images'));
    await writeFile(path.join(dist, 'images/emblem.svg'), EMBLEM);
    const logo = { src: '/portal/images/emblem.svg', alt: 'Biểu trưng' };
    const withLogo = await writeSiteCard({ ...SITE, logo }, at('/portal/'), warn);
    const without = await writeSiteCard(SITE, at('/portal/'), warn);
    expect(withLogo.file).not.toBe(without.file);
    expect(without.image.src).toBe(`https://quan1.example.gov.vn/portal/${without.file}`);
    expect(warnings).toEqual([]);
    expect(pngSize(await readFile(path.join(dist, without.file)))).toEqual([1200, 630]);
  });

  it.each([
    ['remote', 'https://cdn.example/emblem.png', 'không nằm trên trang này'],
    ['missing', '/images/none.png', 'không có trong thư mục build'],
    ['a symbolic link', '/images/link.svg', 'liên kết tượng trưng'],
    ['in a linked folder', '/linked/emblem.svg', 'liên kết tượng trưng'],
    ['not an image', '/images/note.png', 'không phải PNG, JPEG hay SVG'],
    ['an SVG that reads other files', '/images/outside.svg', 'trỏ ra ngoài'],
  ])('draws the card without a logo that is %s, with a warning naming it', async (_, src, why) => {
    const outside = await tempDir('site-card-outside-');
    try {
      await writeFile(path.join(outside, 'emblem.svg'), EMBLEM);
      await mkdir(path.join(dist, 'images'));
      await symlink(path.join(outside, 'emblem.svg'), path.join(dist, 'images/link.svg'));
      await symlink(outside, path.join(dist, 'linked'));
      await writeFile(path.join(dist, 'images/note.png'), 'not a picture');
      await writeFile(
        path.join(dist, 'images/outside.svg'),
        '<svg xmlns="http://www.w3.org/2000/svg"><image href="/etc/hostname"/></svg>',
      );
      const card = await writeSiteCard({ ...SITE, logo: { src, alt: '' } }, at(), warn);
      expect(card.file).toBe((await writeSiteCard(SITE, at(), warn)).file);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(JSON.stringify(src));
      expect(warnings[0]).toContain(why);
    } finally {
      await removeDir(outside);
    }
  });
});
