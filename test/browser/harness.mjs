// Page plumbing for the browser specs and the bench (scripts/bench/*): a context with the
// portal's options and its policy-violation, page-error and dialog recording (`newPage`), axe,
// sideways-scroll and screenshot helpers, waits. No test runner in here: the bench imports it.
// The runner's side (the `test` object, its fixtures, `browserSuite`) is in fixtures.mjs.
//
// Specs wait with locators (`waitFor`, `waitVisible` below) and assert with node:assert.

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'screenshots');

/** Per-action/locator wait. Short on purpose: a page that never renders should fail fast. */
export const TIMEOUT = Number(process.env.BROWSER_TIMEOUT_MS) || 5000;

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** How Debian's Chromium is started: the specs (playwright.config.mjs) and the bench alike. */
export const CHROMIUM_LAUNCH = {
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

/** Chromium for the bench; the specs get theirs from playwright.config.mjs. */
export function launchBrowser() {
  return chromium.launch(CHROMIUM_LAUNCH);
}

const pageState = new WeakMap();

// Console lines that report a policy at work: a worker's CSP or Trusted Types refusal reaches
// the page only this way (its `securitypolicyviolation` fires in the worker), and a bad
// Permissions-Policy header is only ever logged.
const POLICY_MESSAGE = /Content Security Policy|Trusted ?Type|Permissions-Policy/i;

/** Pages opened in the current test whose policy violations are still to be checked. */
const unchecked = new Set();

/**
 * Every `securitypolicyviolation` in every frame of the page (a widget inside a ward's page
 * too), reported to the harness through a binding, so nothing in the page can hide it.
 */
async function recordViolations(context) {
  await context.exposeBinding('__portalPolicyViolation', ({ page }, violation) => {
    pageState.get(page)?.violations.push(violation);
  });
  await context.addInitScript(() => {
    addEventListener('securitypolicyviolation', (e) => {
      const where = e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : '';
      globalThis.__portalPolicyViolation?.(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}${where} in ${e.documentURI}` +
          (e.sample ? ` — "${e.sample}"` : ''),
      );
    });
  });
}

/**
 * A fresh context (own cookies, storage, viewport, time zone) with one page in it.
 * Page errors and dialogs are recorded: see `pageErrors(page)` and `pageDialogs(page)`.
 * Dialogs are dismissed so a stray `alert()` can never hang a test.
 * Content-Security-Policy and Trusted Types violations are recorded (`pageViolations(page)`)
 * and fail the test (`expectNoPageErrors`, `withPage`, and the after-each fixture for any page), unless
 * `allowViolations` says the test provokes them.
 */
export async function newPage(
  browser,
  {
    width = 1280,
    height = 800,
    timezoneId,
    locale = 'vi-VN',
    baseURL,
    serviceWorkers = 'block',
    javaScriptEnabled = true,
    allowViolations = false,
  } = {},
) {
  const context = await browser.newContext({
    viewport: { width, height },
    locale,
    javaScriptEnabled,
    // Blocked unless a spec is about the service worker (offline, update, install): its own
    // fetches (precache, network-first data) bypass page.route and would race the specs that
    // route requests themselves.
    serviceWorkers,
    ...(timezoneId ? { timezoneId } : {}),
    ...(baseURL ? { baseURL } : {}),
  });
  context.setDefaultTimeout(TIMEOUT);
  context.setDefaultNavigationTimeout(Math.max(TIMEOUT, 15000));
  await recordViolations(context);
  const page = await context.newPage();
  const state = { errors: [], dialogs: [], console: [], violations: [], allowViolations };
  pageState.set(page, state);
  if (!allowViolations) unchecked.add(page);
  page.on('pageerror', (error) => state.errors.push(error));
  const policyLine = (where) => (msg) => {
    if (msg.type() === 'error' && POLICY_MESSAGE.test(msg.text())) {
      state.violations.push(`${where}: ${msg.text()}`);
    }
  };
  page.on('console', (msg) => {
    if (msg.type() === 'error') state.console.push(msg.text());
    // The page's own CSP refusals arrive as events (above); a header it cannot parse, only here.
    if (/Permissions-Policy/i.test(msg.text())) state.violations.push(msg.text());
  });
  // A worker's refusals (Pagefind's wasm, its module) fire in the worker, and the browser's own
  // "Refused to…" line is no console call Playwright sees: a listener put into the worker as it
  // starts says them with console.error. The worker's first work waits for a message from the
  // page, so the listener is in place before anything it could be refused.
  const watch = (where) => (worker) => {
    worker.on('console', policyLine(where));
    worker
      .evaluate(() =>
        self.addEventListener('securitypolicyviolation', (e) =>
          console.error(
            `Content Security Policy: ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} in ${self.location.href}`,
          ),
        ),
      )
      .catch(() => {});
  };
  page.on('worker', watch('worker'));
  context.on('serviceworker', watch('service worker'));
  page.on('dialog', (dialog) => {
    state.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  return page;
}

/** Uncaught exceptions thrown in the page so far. */
export function pageErrors(page) {
  return pageState.get(page)?.errors ?? [];
}

/** alert/confirm/prompt/beforeunload dialogs the page opened so far ("alert: message"). */
export function pageDialogs(page) {
  return pageState.get(page)?.dialogs ?? [];
}

/** console.error lines so far (failed resource loads show up here too). */
export function consoleErrors(page) {
  return pageState.get(page)?.console ?? [];
}

/** Content-Security-Policy / Trusted Types violations so far, as readable lines. */
export function pageViolations(page) {
  return pageState.get(page)?.violations ?? [];
}

/** Throws listing the page's policy violations, unless the page was opened to provoke them. */
export function expectNoViolations(page) {
  unchecked.delete(page);
  const state = pageState.get(page);
  if (!state || state.allowViolations || state.violations.length === 0) return;
  throw new Error(
    `${state.violations.length} security policy violation(s) (dist/_headers) on ${page.url()}:\n` +
      [...new Set(state.violations)].map((v) => `  - ${v}`).join('\n'),
  );
}

/**
 * The pages opened since the last call whose violations nobody checked yet, forgotten here:
 * the fixtures' after-each check (fixtures.mjs) throws for them, whoever opened them.
 */
export function takeUncheckedPages() {
  const pages = [...unchecked];
  unchecked.clear();
  return pages;
}

export function expectNoPageErrors(page) {
  expectNoViolations(page);
  const errors = pageErrors(page);
  if (errors.length > 0) {
    throw new Error(
      `Page threw ${errors.length} uncaught error(s) on ${page.url()}:\n${errors
        .map((e) => `  - ${e.stack ?? e.message ?? e}`)
        .join('\n')}`,
    );
  }
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** Run axe on the page; fail listing every serious/critical violation and where it is. */
export async function expectNoSeriousAxe(page, { exclude = [], disableRules = [] } = {}) {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  for (const selector of exclude) builder = builder.exclude(selector);
  if (disableRules.length > 0) builder = builder.disableRules(disableRules);
  const results = await builder.analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length === 0) return results;
  const lines = bad.map((v) => {
    const nodes = v.nodes
      .slice(0, 5)
      .map((n) => `      at ${n.target.join(' ')}: ${n.failureSummary?.split('\n').join(' ')}`)
      .join('\n');
    const more = v.nodes.length > 5 ? `\n      …and ${v.nodes.length - 5} more` : '';
    return `  - [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} node(s))\n${nodes}${more}\n    ${v.helpUrl}`;
  });
  throw new Error(
    `axe found ${bad.length} serious/critical violation(s) on ${page.url()}:\n${lines.join('\n')}`,
  );
}

/** The document must not scroll sideways at the current viewport width. */
export async function expectNoHorizontalScroll(page) {
  const m = await page.evaluate(() => {
    const el = document.scrollingElement ?? document.documentElement;
    const wide = [];
    for (const node of document.body.querySelectorAll('*')) {
      const r = node.getBoundingClientRect();
      if (r.right > window.innerWidth + 0.5 && r.width > 0) {
        const cls =
          typeof node.className === 'string' && node.className
            ? `.${node.className.trim().split(/\s+/).join('.')}`
            : '';
        wide.push(`${node.tagName.toLowerCase()}${cls} (right=${Math.round(r.right)})`);
        if (wide.length >= 5) break;
      }
    }
    return { scrollWidth: el.scrollWidth, innerWidth: window.innerWidth, wide };
  });
  if (m.scrollWidth > m.innerWidth) {
    throw new Error(
      `Horizontal scroll on ${page.url()}: scrollWidth ${m.scrollWidth} > innerWidth ${m.innerWidth}` +
        (m.wide.length ? `\n  widest offenders: ${m.wide.join(', ')}` : ''),
    );
  }
}

function fileSafe(name) {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
}

/** Full-page PNG into screenshots/ (gitignored). Returns the file path. */
export async function screenshot(page, name) {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${fileSafe(name)}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}

/** Wait until a locator is visible and return it (playwright-core has no `expect`). */
export async function waitVisible(locator, timeout = TIMEOUT) {
  await locator.first().waitFor({ state: 'visible', timeout });
  return locator.first();
}

/** Poll `fn` until it returns a truthy value; throw `message` (or the last error) on timeout. */
export async function waitUntil(fn, { timeout = TIMEOUT, interval = 100, message } = {}) {
  const deadline = Date.now() + timeout;
  let lastError;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(message ?? `waitUntil timed out after ${timeout} ms`, { cause: lastError });
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** Waits until React has taken over the drawn markup (hydrateRoot has run on #root). */
export const takenOver = (page) =>
  page.waitForFunction(() =>
    Object.keys(document.getElementById('root') ?? {}).some((k) =>
      k.startsWith('__reactContainer'),
    ),
  );
