// Prerendered pages (issue 18): what a crawler or a link preview gets as raw HTML, what drawing
// the pages costs at 20 000 articles (first run, unchanged rerun), and Lighthouse's first
// contentful paint of an article prerendered against the same article drawn by the browser.

import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execFileAsync, fmtStats, log, mdTable, REPO_ROOT, RESULTS_DIR } from './lib.mjs';
import { lighthouse } from './lighthouse.mjs';

const SITE_URL = 'https://quan1.example.gov.vn/';

/** Copies dist/ to bench-results/`name` and runs build:pages there; returns its summary. */
export async function drawPages(apiDir, name, { fresh = true } = {}) {
  const dist = path.join(RESULTS_DIR, name);
  if (fresh) {
    await rm(dist, { recursive: true, force: true });
    await cp(path.join(REPO_ROOT, 'dist'), dist, { recursive: true });
  }
  const started = performance.now();
  const { stdout } = await execFileAsync(
    path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx'),
    ['scripts/build-pages.ts', '--dist', dist, '--api', apiDir, '--site-url', SITE_URL],
    { cwd: REPO_ROOT, maxBuffer: 16 << 20, timeout: 1_800_000 },
  );
  const seconds = (performance.now() - started) / 1000;
  const m = /(\d+) trang — vẽ (\d+), ghi (\d+) tệp.*bộ nhớ tối đa (\d+) MB/.exec(stdout);
  if (!m) throw new Error(`build:pages printed no summary:\n${stdout}`);
  return { dist, seconds, pages: +m[1], drawn: +m[2], written: +m[3], peakMb: +m[4] };
}

/** What the raw HTML of an article holds, as a crawler reads it (no script runs). */
async function rawArticle(dist, url) {
  const html = await readFile(path.join(dist, url.slice(1), 'index.html'), 'utf8');
  const state = /id="portal-state">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{}';
  const article = JSON.parse(state).queries?.find((q) => q.queryKey?.[1] === 'articles')?.state
    ?.data;
  const text = (article?.body ?? '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return {
    bytes: Buffer.byteLength(html),
    title: Boolean(article && html.includes(`<h1 id="article-title">`)),
    // The one date style (docs/dates.md): `HH:mm - dd/MM/yyyy`, the seed's.
    date: /<time dateTime="[^"]+">\d{2}:\d{2} - \d{2}\/\d{2}\/\d{4}<\/time>/.test(html),
    bodyText: text.length > 0 && html.includes(text.slice(0, 40).split(' ').slice(0, 4).join(' ')),
    openGraph: html.includes('property="og:title"') && html.includes('property="og:url"'),
    jsonLd: html.includes('"@type":"NewsArticle"'),
  };
}

/**
 * The reference a prerendered article is held to (#27): the same article as a plain HTML page,
 * no script at all, its stylesheets inlined — what the page would cost with no app behind it.
 * Written beside the drawn site, with the site's pictures, so it loads the same images.
 */
async function plainArticle(dist, url) {
  let html = await readFile(path.join(dist, url.slice(1), 'index.html'), 'utf8');
  html = html.replace(/<script\b[\s\S]*?<\/script>/gi, '');
  const sheets = [...html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g)];
  for (const [tag, href] of sheets) {
    const css = await readFile(path.join(dist, href.replace(/^\//, '')), 'utf8');
    html = html.replace(tag, () => `<style>${css}</style>`);
  }
  html = html.replace(/<link rel="modulepreload"[^>]*>/g, '');
  const root = path.join(RESULTS_DIR, 'plain-article');
  await rm(root, { recursive: true, force: true });
  await mkdir(path.join(root, url.slice(1)), { recursive: true });
  await writeFile(path.join(root, url.slice(1), 'index.html'), html);
  await cp(path.join(dist, 'images'), path.join(root, 'images'), { recursive: true }).catch(
    () => {},
  );
  return root;
}

/**
 * @param {{ large: { apiDir: string }, fixtureDir: string, article: string,
 *   startServer: Function, quick: boolean }} options
 */
export async function pagesBench({ large, fixtureDir, article, startServer, quick }) {
  const out = {};
  if (large) {
    log('build:pages, 20 000 articles: first run, then unchanged');
    const first = await drawPages(large.apiDir, 'pages-20000');
    const rerun = await drawPages(large.apiDir, 'pages-20000', { fresh: false });
    out.scale = { first, rerun };
  }

  const fixture = await drawPages(fixtureDir, 'pages-fixture');
  out.raw = await rawArticle(fixture.dist, article);

  if (!quick) {
    log('Lighthouse, article: prerendered against drawn by the browser, 5 runs each');
    const pre = await startServer({ root: fixture.dist, apiDir: fixtureDir });
    const spa = await startServer({ root: path.join(REPO_ROOT, 'dist'), apiDir: fixtureDir });
    const plain = await startServer({ root: await plainArticle(fixture.dist, article) });
    try {
      const url = (server) => new URL(article.slice(1), server.url).href;
      out.lighthouse = {
        prerendered: await lighthouse(url(pre), 'article-prerendered'),
        client: await lighthouse(url(spa), 'article-client'),
        plain: await lighthouse(url(plain), 'article-plain-html'),
      };
    } finally {
      await pre.close();
      await spa.close();
      await plain.close();
    }
  }
  return out;
}

export function pagesReport(r) {
  const lines = ['\n## Prerendered pages\n'];
  const row = (name, run) => [
    name,
    String(run.pages),
    String(run.drawn),
    String(run.written),
    run.seconds.toFixed(1),
    String(run.peakMb),
  ];
  if (r.scale) {
    lines.push(
      mdTable(
        ['build:pages, 20 000 articles', 'pages', 'drawn', 'files written', 's', 'peak MB'],
        [row('first run', r.scale.first), row('unchanged rerun', r.scale.rerun)],
      ),
    );
  }
  const raw = r.raw;
  lines.push(
    `\nRaw HTML of an article (${raw.bytes} B): title ${raw.title ? 'yes' : 'NO'}, date ${raw.date ? 'yes' : 'NO'}, ` +
      `body text ${raw.bodyText ? 'yes' : 'NO'}, Open Graph ${raw.openGraph ? 'yes' : 'NO'}, JSON-LD ${raw.jsonLd ? 'yes' : 'NO'}.`,
  );
  if (r.lighthouse) {
    const { prerendered, client, plain } = r.lighthouse;
    if (plain) {
      const ratio = prerendered.lcp.median / plain.lcp.median;
      lines.push(
        `\nLighthouse mobile, article: LCP prerendered ${fmtStats(prerendered.lcp, 0, ' ms')}, ` +
          `the same article as plain HTML (no script, styles inline) ${fmtStats(plain.lcp, 0, ' ms')}: ` +
          `ratio **${ratio.toFixed(2)}** (target ≤ 1.1).`,
      );
    }
    const ratio = prerendered.fcp.median / client.fcp.median;
    lines.push(
      `\nLighthouse mobile, article: FCP prerendered ${fmtStats(prerendered.fcp, 0, ' ms')}, ` +
        `drawn by the browser ${fmtStats(client.fcp, 0, ' ms')}: ratio **${ratio.toFixed(2)}** ` +
        `(target ≤ 0.7); score prerendered ${fmtStats(prerendered.score)}, browser ${fmtStats(client.score)}.`,
    );
    // The browser's first paint is the shell's loading line; its content comes with LCP.
    const lcp = prerendered.lcp.median / client.lcp.median;
    lines.push(
      `LCP prerendered ${fmtStats(prerendered.lcp, 0, ' ms')}, drawn by the browser ` +
        `${fmtStats(client.lcp, 0, ' ms')}: ratio **${lcp.toFixed(2)}**; TBT prerendered ` +
        `${fmtStats(prerendered.tbt, 0, ' ms')}, browser ${fmtStats(client.tbt, 0, ' ms')}.`,
    );
  }
  return lines.join('\n');
}
