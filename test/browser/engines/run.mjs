// The engine journeys (journeys.mjs) in Chromium, Firefox and WebKit, one engine after the
// other, each reported apart and closed by a line `engines: <engine>: N passed, N failed`.
//
//   npm run build && npm run test:engines        # every engine (after `npm run build`)
//   npm run test:engines -- webkit               # one engine (or ENGINES=webkit,firefox)
//   npm run test:engines -- firefox -g keyboard  # journeys whose name matches
//
// An engine whose browser is not installed is skipped, saying what is missing — except in CI
// (CI=true), where that is a failure. Exit status: non-zero when any journey failed.

import path from 'node:path';
import { parseArgs } from 'node:util';
import { fixtureApi } from '../fixture-api.mjs';
import { REPO_ROOT } from '../harness.mjs';
import { prerenderedBuild } from '../pages-fixture.mjs';
import { searchApi } from '../search-fixture.mjs';
import { ENGINES } from './adapter.mjs';
import { journeys } from './journeys.mjs';
import { instrumentedServer } from './server.mjs';

const CI = process.env.CI === 'true' || process.env.CI === '1';
const JOURNEY_TIMEOUT = 90_000;
const SCREENSHOTS = path.join(REPO_ROOT, 'screenshots', 'engines');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { grep: { type: 'string', short: 'g' } },
});
const wanted = positionals.length
  ? positionals
  : (process.env.ENGINES?.split(',').filter(Boolean) ?? Object.keys(ENGINES));
for (const name of wanted) {
  if (!ENGINES[name]) {
    console.error(`unknown engine ${name}: one of ${Object.keys(ENGINES).join(', ')}`);
    process.exit(2);
  }
}
const selected = journeys.filter((j) => !values.grep || new RegExp(values.grep, 'i').test(j.name));

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const withTimeout = (promise, ms, what) => {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: timed out after ${seconds(ms)}`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
};

/** What the pages reported during a journey that fails it. */
function problems(log) {
  return log
    .filter((e) => e.kind === 'violation' || e.kind === 'error' || e.kind === 'console')
    .map((e) => `${e.kind}: ${e.text}${e.url ? ` (${e.url})` : ''}`);
}

async function setup() {
  const started = Date.now();
  const api = await fixtureApi();
  const [{ root }, searchDir] = await Promise.all([
    prerenderedBuild(api, 'engines-prerendered'),
    searchApi(),
  ]);
  const servers = {
    portal: await instrumentedServer({ root, apiDir: api }),
    plain: await instrumentedServer({ root: 'dist', apiDir: api }),
    search: await instrumentedServer({ root: 'dist', apiDir: searchDir }),
  };
  console.log(
    `engines: setup (prerendered build, search data, servers) ${seconds(Date.now() - started)}`,
  );
  return servers;
}

async function runEngine(name, servers) {
  const engine = ENGINES[name];
  const missing = engine.missing();
  if (missing) {
    const line = `engines: ${name}: not installed (${missing})`;
    if (CI) {
      console.log(`${line}: required in CI`);
      return { name, passed: 0, failed: 1, skipped: 0, ms: 0 };
    }
    console.log(`${line}: skipped`);
    return { name, passed: 0, failed: 0, skipped: selected.length, ms: 0, absent: true };
  }
  const started = Date.now();
  const result = { name, passed: 0, failed: 0, skipped: 0 };
  const browsers = {};
  const browserFor = async (javaScript, trustedTypes) => {
    const key = `${javaScript}/${trustedTypes}`;
    browsers[key] ??= engine.launch({ javaScript, trustedTypes });
    return browsers[key];
  };
  console.log(`\n${name}`);
  for (const journey of selected) {
    const t0 = Date.now();
    const notes = [];
    let skipped;
    let page;
    try {
      if (journey.trustedTypes === false && !engine.withoutTrustedTypes) {
        result.skipped++;
        console.log(
          `  - ${journey.name} (skipped: this engine cannot be started without Trusted Types)`,
        );
        continue;
      }
      const browser = await withTimeout(
        browserFor(journey.javaScript !== false, journey.trustedTypes !== false),
        60_000,
        'launch',
      );
      page = await withTimeout(
        browser.newPage({ width: journey.width, height: journey.height }),
        60_000,
        'a new page',
      );
      if (!result.version) {
        result.version = browser.version;
        console.log(`  (${browser.version})`);
      }
      for (const s of Object.values(servers)) s.takeLog();
      const t = {
        page,
        engine: name,
        ...servers,
        screenshots: SCREENSHOTS,
        note: (text) => notes.push(text),
        skip: (reason) => {
          skipped = reason;
        },
      };
      await withTimeout(journey.run(t), JOURNEY_TIMEOUT, journey.name);
      // Beacons and reports of the last page are sent asynchronously.
      await new Promise((r) => setTimeout(r, 200));
      const reported = problems(Object.values(servers).flatMap((s) => s.takeLog()));
      if (reported.length > 0 && !skipped) {
        throw new Error(
          `the pages reported ${reported.length} problem(s):\n${[...new Set(reported)].map((p) => `      - ${p}`).join('\n')}`,
        );
      }
      if (skipped) {
        result.skipped++;
        console.log(`  - ${journey.name} (skipped: ${skipped})`);
      } else {
        result.passed++;
        console.log(`  ✓ ${journey.name} (${seconds(Date.now() - t0)})`);
      }
    } catch (error) {
      result.failed++;
      console.log(`  ✘ ${journey.name} (${seconds(Date.now() - t0)})`);
      console.log(
        `      ${String(error?.stack ?? error)
          .split('\n')
          .slice(0, 8)
          .join('\n      ')}`,
      );
      if (error?.cause)
        console.log(`      cause: ${String(error.cause?.message ?? error.cause).split('\n')[0]}`);
      if (page) {
        const file = path.join(
          SCREENSHOTS,
          'failures',
          `${name}-${journey.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`,
        );
        await withTimeout(page.screenshotTo(file), 10_000, 'screenshot').then(
          () => console.log(`      screenshot: ${path.relative(REPO_ROOT, file)}`),
          () => {},
        );
      }
    } finally {
      for (const n of notes) console.log(`      ${n}`);
      await page?.close();
    }
  }
  for (const pending of Object.values(browsers)) {
    await pending.then(
      (b) => b.close(),
      () => {},
    );
  }
  result.ms = Date.now() - started;
  return result;
}

const servers = await setup().catch((error) => {
  console.error(`engines: setup failed: ${error.stack ?? error}`);
  process.exit(1);
});
const results = [];
try {
  for (const name of wanted) results.push(await runEngine(name, servers));
} finally {
  await Promise.all(Object.values(servers).map((s) => s.close()));
}
console.log('');
for (const r of results) {
  const extra = r.absent ? ' (not installed)' : r.skipped ? `, ${r.skipped} skipped` : '';
  console.log(
    `engines: ${r.name}: ${r.passed} passed, ${r.failed} failed${extra} in ${seconds(r.ms)}${r.version ? ` — ${r.version}` : ''}`,
  );
}
process.exit(results.some((r) => r.failed > 0) ? 1 : 0);
