// One page API for three engines, so that a journey is written once (journeys.mjs) and the
// engine is a parameter:
//
//   chromium  Debian's Chromium (CHROMIUM_PATH), puppeteer-core over the DevTools protocol
//   firefox   Debian's Firefox ESR (FIREFOX_PATH), puppeteer-core over WebDriver BiDi, which
//             Firefox speaks itself: no geckodriver
//   webkit    WebKitGTK's MiniBrowser under WebKitWebDriver (W3C WebDriver), webdriver.mjs
//
// A page: goto, url, evaluate(fn, ...args) (JSON in and out), click/type/select(selector),
// press(key) on the focused element, inFrame(iframeSelector, fn, ...args), screenshot(file),
// setViewport. Everything else — finding an element by its text or label, waiting — is done
// by the page itself (`find`, `waitFor` below), identically in every engine.

import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startWebKit, webkitMissing } from './webdriver.mjs';

export const TIME_ZONE = 'America/Los_Angeles';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/**
 * Each engine: what is missing to run it here (''), and `launch({ javaScript })`, a browser
 * whose pages (`newPage({ width, height })`) are in the reader's time zone `TIME_ZONE`.
 */
export const ENGINES = {
  chromium: {
    missing: () => (existsSync(CHROMIUM) ? '' : CHROMIUM),
    launch: (options) =>
      puppeteerBrowser(options, {
        browser: 'chrome',
        executablePath: CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'],
      }),
  },
  firefox: {
    missing: () => (existsSync(FIREFOX) ? '' : FIREFOX),
    // Firefox alone can be started without Trusted Types (a preference): a browser such as
    // Safari before 26 on older iPhones, which the app must serve the same.
    withoutTrustedTypes: true,
    launch: ({ javaScript = true, trustedTypes = true } = {}) =>
      puppeteerBrowser(
        { javaScript },
        {
          browser: 'firefox',
          executablePath: FIREFOX,
          // BiDi has no command to turn scripts off (emulation.setScriptingEnabled is not in
          // Firefox 153): the preference does it for the whole browser.
          extraPrefsFirefox: {
            ...(javaScript ? {} : { 'javascript.enabled': false }),
            ...(trustedTypes ? {} : { 'dom.security.trusted_types.enabled': false }),
          },
        },
      ),
  },
  webkit: {
    missing: webkitMissing,
    launch: webkitBrowser,
  },
};

async function puppeteerBrowser({ javaScript = true } = {}, launchOptions) {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ headless: true, ...launchOptions });
  const version = await browser.version();
  return {
    version,
    async newPage({ width = 1280, height = 800 } = {}) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      if (!javaScript) await page.setJavaScriptEnabled(false).catch(() => {});
      await page.emulateTimezone(TIME_ZONE);
      await page.setViewport({ width, height });
      const frameOf = async (selector) => {
        const handle = await page.$(selector);
        const frame = await handle?.contentFrame();
        if (!frame) throw new Error(`${selector} is no iframe with a document`);
        return frame;
      };
      return wrap({
        goto: async (url) => {
          await page.goto(url, { waitUntil: 'load' });
        },
        url: async () => page.url(),
        evaluate: (fn, ...args) => page.evaluate(fn, ...args),
        // Firefox with scripts off never answers puppeteer's click (it waits on a script of
        // its own): the mouse goes to the element's middle instead, as a person's would.
        click: async (selector) => {
          if (javaScript) return page.click(selector);
          const box = await page.evaluate((s) => {
            const el = document.querySelector(s);
            el.scrollIntoView({ block: 'center' });
            const r = el.getBoundingClientRect();
            return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
          }, selector);
          await page.mouse.click(box.x, box.y);
        },
        mouseClick: (x, y) => page.mouse.click(x, y),
        type: (selector, text) => page.type(selector, text),
        press: (key) => page.keyboard.press(key),
        select: async (selector, value) => {
          await page.select(selector, value);
        },
        setViewport: (w, h) => page.setViewport({ width: w, height: h }),
        inFrame: async (selector, fn, ...args) => (await frameOf(selector)).evaluate(fn, ...args),
        screenshot: () => page.screenshot({ fullPage: true }),
        close: () => context.close().catch(() => {}),
      });
    },
    close: () => browser.close().catch(() => {}),
  };
}

async function webkitBrowser({ javaScript = true } = {}) {
  const webkit = await startWebKit({ timeZone: TIME_ZONE });
  let version;
  return {
    get version() {
      return version;
    },
    // A MiniBrowser per page: its own ephemeral storage, so that no journey inherits another's
    // service worker (which answers navigations with the app shell, not the prerendered page).
    async newPage({ width = 1280, height = 800 } = {}) {
      const session = await webkit.session({ javaScript });
      version ??= `WebKitGTK ${session.version}`;
      try {
        await session.goto('about:blank');
        await session.setViewport(width, height);
      } catch (error) {
        await session.close();
        throw error;
      }
      return wrap(session);
    },
    /** Sessions that never started (the driver was restarted for them). */
    restarts: webkit.restarts,
    close: () => webkit.close(),
  };
}

/** Finds elements in the page (runs there): by CSS, text or accessible name, label, visible. */
function findInPage(q) {
  const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const scope = q.within ? document.querySelector(q.within) : document;
  if (!scope) return null;
  let els = [...scope.querySelectorAll(q.css ?? '*')];
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && style.visibility !== 'hidden';
  };
  if (q.label !== undefined) {
    const labels = [...document.querySelectorAll('label')].filter(
      (l) => norm(l.textContent) === q.label,
    );
    const byLabel = labels.map((l) => l.control).filter(Boolean);
    const byAria = [...document.querySelectorAll('[aria-label]')].filter(
      (el) => el.getAttribute('aria-label') === q.label,
    );
    els = [...byLabel, ...byAria].filter((el) => els.includes(el));
  }
  if (q.text !== undefined) {
    const re = new RegExp(q.text, 'u');
    els = els.filter((el) => re.test(norm(el.getAttribute('aria-label') ?? el.textContent)));
    // The innermost: a <li> and its <a> both hold the text; the <a> is meant.
    els = els.filter((el) => !els.some((other) => other !== el && el.contains(other)));
  }
  if (!q.hidden) els = els.filter(visible);
  const el = els[q.nth ?? 0];
  if (!el) return null;
  if (!el.hasAttribute('data-engines-id')) {
    globalThis.__enginesIds = (globalThis.__enginesIds ?? 0) + 1;
    el.setAttribute('data-engines-id', `${Date.now()}-${Math.random().toString(36).slice(2)}`);
  }
  return `[data-engines-id="${el.getAttribute('data-engines-id')}"]`;
}

/** The engine's page plus what every journey uses on top of it. */
function wrap(page) {
  const helpers = {
    /**
     * A CSS selector for the element `query` describes ({ css, text (a regexp source, matched
     * against the accessible name or text), label, within, nth, hidden }), waiting for it.
     */
    async find(query, { timeout = 10_000 } = {}) {
      return helpers.waitFor(findInPage, [query], {
        timeout,
        message: `no element ${JSON.stringify(query)}`,
      });
    },
    /** Polls `fn(...args)` in the page until it returns something truthy, and returns it. */
    async waitFor(fn, args = [], { timeout = 10_000, message } = {}) {
      const deadline = Date.now() + timeout;
      let last;
      for (;;) {
        try {
          const value = await page.evaluate(fn, ...args);
          if (value) return value;
        } catch (error) {
          last = error;
        }
        if (Date.now() > deadline) {
          throw new Error(
            `${message ?? `waited ${timeout} ms for ${fn.name || 'a condition'}`} on ${await page.url().catch(() => '?')}`,
            {
              cause: last,
            },
          );
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async clickOn(query) {
      await page.click(await helpers.find(query));
    },
    /** Full-page PNG (WebKit: the viewport) written to `file`. */
    async screenshotTo(file) {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, await page.screenshot());
      return file;
    },
  };
  return Object.assign(page, helpers);
}
