// Figures taken in Chromium (playwright-core, the same launch as the browser suite). Every
// measurement runs in a fresh browser context: empty HTTP cache, nothing preloaded.

import { gzipBytes } from '../size/first-load.mjs';

const NAV_TIMEOUT = 60_000;

async function freshPage(browser, { width = 412, height = 823 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'vi-VN' });
  context.setDefaultTimeout(NAV_TIMEOUT);
  return context.newPage();
}

/**
 * Collect responses while `url` loads until network idle; `keep(response)` filters them. With
 * `saveData`, the page sees a reader who asked to save data: it fetches only what it draws (no
 * calendar made ready once idle).
 */
async function loadAndCollect(browser, url, keep, { saveData = false, viewport } = {}) {
  const page = await freshPage(browser, viewport);
  if (saveData) {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'connection', { value: { saveData: true } });
    });
  }
  const responses = [];
  page.on('response', (response) => {
    if (keep(response)) responses.push(response);
  });
  try {
    await page.goto(url, { waitUntil: 'networkidle', timeout: NAV_TIMEOUT });
    const files = [];
    for (const response of responses) {
      const body = await response.body().catch(() => null);
      if (!body) continue;
      files.push({ url: response.url(), status: response.status(), bytes: body.length, body });
    }
    return files;
  } finally {
    await page.context().close();
  }
}

const isJs = (response) =>
  response.request().resourceType() === 'script' || /\.m?js(\?|$)/.test(response.url());

/**
 * Every JS response until network idle, before any interaction; each file gzipped (-9) on its
 * own, summed. `{ files: [{ path, bytes, gzip }], bytes, gzip }`.
 */
/** `deferred`: what the page fetches later on purpose, `{ label: part of the file's path }`. */
export async function firstLoadJs(browser, url, { deferred = {}, viewport } = {}) {
  const files = await loadAndCollect(browser, url, isJs, { viewport });
  const out = files.map((f) => ({
    path: new URL(f.url).pathname,
    bytes: f.bytes,
    gzip: gzipBytes(f.body),
  }));
  // Code a page fetches on its own once idle (the calendar on archive pages) is not needed to
  // draw it: counted apart, not left out.
  // A label names one file part, or several (a chunk and the small chunks it imports).
  const labelOf = (f) =>
    Object.keys(deferred).find((label) => [deferred[label]].flat().some((p) => f.path.includes(p)));
  const isDeferred = (f) => labelOf(f) !== undefined;
  const first = out.filter((f) => !isDeferred(f));
  return {
    files: first.map(({ path }) => path).sort(),
    bytes: first.reduce((s, f) => s + f.bytes, 0),
    gzip: first.reduce((s, f) => s + f.gzip, 0),
    deferredFiles: out.filter(isDeferred).map(({ path }) => path),
    deferredWhat: [...new Set(out.filter(isDeferred).map(labelOf))],
    deferredGzip: out.filter(isDeferred).reduce((s, f) => s + f.gzip, 0),
  };
}

/**
 * JSON fetched from `/api/` until network idle: `{ requests, bytes, gzip, files }`. Options:
 * `saveData` (only what the page draws), `viewport` (what "the first screen" is).
 */
export async function apiTraffic(browser, url, options = {}) {
  const files = await loadAndCollect(
    browser,
    url,
    (r) => new URL(r.url()).pathname.includes('/api/'),
    options,
  );
  return {
    requests: files.length,
    bytes: files.reduce((s, f) => s + f.bytes, 0),
    gzip: files.reduce((s, f) => s + gzipBytes(f.body), 0),
    files: files.map((f) => `${new URL(f.url).pathname} ${f.status} ${f.bytes}`),
  };
}

/**
 * Cumulative layout shift while `url` loads: every 'layout-shift' entry without recent input,
 * summed (from navigation start until network idle + 1 s). `shifts` lists each entry's value
 * and the elements that moved, to find the cause.
 */
export async function layoutShift(browser, url, viewport = { width: 412, height: 823 }) {
  const page = await freshPage(browser, viewport);
  await page.addInitScript(() => {
    window.__cls = { value: 0, shifts: [] };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        window.__cls.value += entry.value;
        window.__cls.shifts.push({
          at: Math.round(entry.startTime),
          value: Number(entry.value.toFixed(4)),
          moved: entry.sources.map((source) => {
            const node = source.node;
            if (node?.nodeType !== 1) return node ? '#text' : '(removed)';
            const cls = typeof node.className === 'string' ? node.className.split(' ')[0] : '';
            return `${node.nodeName.toLowerCase()}${cls ? `.${cls}` : ''}`;
          }),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  try {
    await page.goto(url, { waitUntil: 'networkidle', timeout: NAV_TIMEOUT });
    await page.waitForTimeout(1000);
    return await page.evaluate(() => window.__cls);
  } finally {
    await page.context().close();
  }
}

/**
 * Under `cpuRate`× CPU throttling: ms from the click event on "Mở lịch" to the first animation
 * frame in which a `role=grid` inside the dialog "Chọn ngày có bài viết" has a non-empty box.
 * Timed inside the page with performance.now(). `chunk`: (part of) the calendar chunk's file
 * name. `cold`: the chunk must not be loaded before the click (a page that loads it on demand);
 * otherwise the page must have loaded it on its own (archive pages do once idle, without any
 * pointer or focus), and the reader clicks `readMs` after it arrived. `headStartMs` = how much
 * earlier the pointer entered the button (the button preloads on pointerenter, as a hover would);
 * `hoverMs` > 0 rests the pointer on the button that long before the click.
 */
export async function calendarOpen(
  browser,
  url,
  { cpuRate = 4, chunk = 'CalendarPopup', cold = true, readMs = 1000, hoverMs = 0 } = {},
) {
  const page = await freshPage(browser, { width: 1280, height: 800 });
  try {
    await page.goto(url, { waitUntil: 'networkidle', timeout: NAV_TIMEOUT });
    const button = page.getByRole('button', { name: 'Mở lịch' });
    await button.waitFor({ state: 'visible' });
    const hasChunk = (name) =>
      performance.getEntriesByType('resource').some((e) => e.name.includes(name));
    if (cold && (await page.evaluate(hasChunk, chunk))) {
      throw new Error('calendar chunk already loaded before the click: not cold');
    }
    if (!cold) {
      await page.waitForFunction(hasChunk, chunk, { timeout: NAV_TIMEOUT });
      await page.waitForTimeout(readMs);
    }
    await page.evaluate(() => {
      const btn = [...document.querySelectorAll('button')].find(
        (b) => b.textContent.trim() === 'Mở lịch',
      );
      let enter;
      window.__calendar = new Promise((resolve) => {
        btn.addEventListener('pointerenter', () => {
          enter ??= performance.now();
        });
        btn.addEventListener(
          'click',
          () => {
            const start = performance.now();
            const gridVisible = () => {
              for (const dialog of document.querySelectorAll('[role=dialog]')) {
                const label = document.getElementById(dialog.getAttribute('aria-labelledby'));
                if (label?.textContent.trim() !== 'Chọn ngày có bài viết') continue;
                const grid = dialog.querySelector('[role=grid]');
                const box = grid?.getBoundingClientRect();
                if (box && box.width > 0 && box.height > 0) return true;
              }
              return false;
            };
            const frame = () => {
              if (gridVisible()) {
                const end = performance.now();
                resolve({ ms: end - start, headStartMs: enter == null ? 0 : start - enter });
              } else requestAnimationFrame(frame);
            };
            requestAnimationFrame(frame);
          },
          { capture: true, once: true },
        );
      });
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    if (hoverMs > 0) {
      // A mouse rests on the button a moment before pressing it (throttled too).
      await button.hover();
      await page.waitForTimeout(hoverMs);
    }
    await button.click();
    const result = await page.evaluate(() => window.__calendar);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return result;
  } finally {
    await page.context().close();
  }
}
