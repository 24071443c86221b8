// The security headers at work (contract §7): the build's dist/_headers as served, and what they
// refuse on a portal page. The pages that *should* work under them are every other spec: the
// harness fails any test whose pages report a violation. This one provokes them on purpose.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { browserSuite, test } from './fixtures.mjs';
import { pageViolations, waitUntil, waitVisible } from './harness.mjs';

test.describe.configure({ timeout: 60_000 });
const suite = browserSuite();
const ARTICLE = '/articles/bai-0030-ngay-10';
const provoke = { allowViolations: true };

/** The directives of a Content-Security-Policy header, by name. */
function directives(policy) {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

/** 'sha256-…' of each inline script the browser would run in `html`. */
function inlineHashes(html) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs]) => !/\bsrc=|application\/(?:ld\+)?json/.test(attrs))
    .map(([, , body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
}

test.describe('the headers as served', () => {
  test('every HTML response allows exactly the inline scripts it carries, by hash', async () => {
    suite.ready();
    for (const path of ['/', ARTICLE, '/search?q=x', '/embed', '/embed/latest']) {
      const response = await fetch(suite.url(path));
      const html = await response.text();
      const csp = directives(response.headers.get('content-security-policy') ?? '');
      const hashes = inlineHashes(html);
      assert.ok(hashes.length > 0, `${path} has its preload script`);
      const scriptSrc = csp.get('script-src') ?? [];
      for (const hash of hashes) assert.ok(scriptSrc.includes(hash), `${path}: ${hash}`);
      assert.deepEqual(
        scriptSrc.filter((s) => s.startsWith("'sha256-")),
        [...new Set(hashes)],
        `${path}: no hash for a script that is not there`,
      );
      assert.deepEqual(csp.get('require-trusted-types-for'), ["'script'"], path);
    }
  });

  test('widgets may be framed by other sites; the portal and the builder by none', async () => {
    suite.ready();
    const widget = await fetch(suite.url('/embed/latest'));
    assert.deepEqual(
      directives(widget.headers.get('content-security-policy')).get('frame-ancestors'),
      ['*'],
    );
    assert.equal(widget.headers.get('x-frame-options'), null);
    for (const path of ['/', '/embed']) {
      const page = await fetch(suite.url(path));
      const policy = directives(page.headers.get('content-security-policy'));
      assert.deepEqual(policy.get('frame-ancestors'), ["'none'"], path);
      // frame-ancestors alone: X-Frame-Options cannot name the wards' sites (docs/security.md)
      assert.equal(page.headers.get('x-frame-options'), null, path);
      assert.equal(page.headers.get('x-content-type-options'), 'nosniff', path);
    }
  });
});

test.describe('what a portal page refuses', () => {
  test('raw HTML into a DOM sink: refused, reported, nothing runs', ({ withPage }) =>
    withPage(provoke, async (page) => {
      await page.goto(suite.url(ARTICLE));
      await waitVisible(page.locator('.article__body p'));
      // (Not eval: code Playwright evaluates is the DevTools', which CSP exempts from that
      // check. No `'unsafe-eval'` is pinned by the unit tests; an app `eval` fails any spec.)
      const outcome = await page.evaluate(() => {
        const attempts = {
          innerHTML: () => {
            document.querySelector('.article__body').innerHTML =
              '<img src="/x.png" onerror="window.__pwned = 1">';
          },
          insertAdjacentHTML: () =>
            document.body.insertAdjacentHTML('beforeend', '<b onclick="x()">x</b>'),
          worker: () => new Worker('/sw.js'),
          policy: () => trustedTypes.createPolicy('default', { createHTML: (s) => s }),
        };
        return Object.fromEntries(
          Object.entries(attempts).map(([name, attempt]) => {
            try {
              attempt();
              return [name, 'ran'];
            } catch (error) {
              return [name, error.name];
            }
          }),
        );
      });
      assert.deepEqual(outcome, {
        innerHTML: 'TypeError',
        insertAdjacentHTML: 'TypeError',
        worker: 'TypeError',
        policy: 'TypeError',
      });
      await page.waitForTimeout(300);
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
      const seen = pageViolations(page).join('\n');
      for (const directive of ['require-trusted-types-for', 'trusted-types']) {
        assert.match(seen, new RegExp(`^${directive} `, 'm'), directive);
      }
      // The sanitised body itself went in (as TrustedHTML): the article is still there.
      assert.ok((await page.locator('.article__body').textContent()).length > 20);
    }));

  test('an inline script injected into the HTML does not run; the hashed one does', ({
    withPage,
  }) =>
    withPage(provoke, async (page) => {
      // As if a stored XSS reached the page's markup on its way from the server.
      await page.route(suite.url(ARTICLE), async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(
          '</body>',
          '<script>window.__pwned = 3</script><div onmouseover="window.__pwned = 4"></div></body>',
        );
        const headers = { ...response.headers() };
        delete headers['content-encoding'];
        delete headers['content-length'];
        await route.fulfill({ status: 200, headers, body: html });
      });
      await page.goto(suite.url(ARTICLE));
      await waitVisible(page.locator('.article__body p'));
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
      await waitUntil(() => pageViolations(page).some((v) => v.startsWith('script-src-elem ')), {
        message: `no script-src-elem violation: ${pageViolations(page).join('; ')}`,
      });
      // The build's own inline script ran: it preloaded the route's code.
      assert.ok((await page.locator('link[rel="modulepreload"]').count()) > 0);
    }));
});

test.describe('the builder’s preview', () => {
  test('frames a widget of this site with no violation', ({ withPage }) =>
    withPage({}, async (page) => {
      await page.goto(suite.url('/embed'));
      const preview = page.frameLocator('iframe[title^="Xem trước"]');
      await waitVisible(preview.getByRole('link').first());
    }));
});
