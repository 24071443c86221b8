// Renders the web app manifest's PNG icons from the one source image, public/icons/icon.svg:
//
//   npm run icons        (writes public/icons/icon-192.png, icon-512.png, icon-maskable-512.png)
//
// The PNGs are committed, so a build needs no browser; run this again after editing the SVG.
// No image library: the Chromium the browser suite already drives rasterises the SVG.
// The maskable icon fills the whole square (launchers crop it to a circle or a squircle) and
// keeps the mark inside the central 80 % "safe zone", so it is the same SVG with square corners
// and the mark scaled down around the centre.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ICONS = fileURLToPath(new URL('../public/icons/', import.meta.url));
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function maskable(svg) {
  return svg
    .replace(/(<rect id="bg"[^>]*?) rx="[^"]*"/, '$1')
    .replace(
      '<g id="mark"',
      '<g id="mark" transform="translate(256 256) scale(0.72) translate(-256 -256)"',
    );
}

const source = await readFile(path.join(ICONS, 'icon.svg'), 'utf8');
const outputs = [
  { file: 'icon-192.png', size: 192, svg: source },
  { file: 'icon-512.png', size: 512, svg: source },
  { file: 'icon-maskable-512.png', size: 512, svg: maskable(source) },
];

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  for (const { file, size, svg } of outputs) {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`,
    );
    await page.screenshot({ path: path.join(ICONS, file), omitBackground: true });
    console.log(`wrote public/icons/${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
