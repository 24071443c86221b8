// A reader hammering the site while it is republished (CONTRACT.md §8): requests files that
// exist before and after, and afterwards judges every answer. Used by nginx.test.mjs (small
// data, in CI) and scripts/bench/republish.mjs (2 000 articles).
//
// Fails on: any answer but 200 (or no answer), a body that is neither version's file (a
// half-written file), and a mixed version: an answer of the old version to a request sent
// after some answer of the new one had been received.

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './harness.mjs';

const sha = (bytes) => createHash('sha256').update(bytes).digest('hex');

/**
 * Requests `paths` (under `origin`) round after round with `concurrency` readers, while
 * `work()` runs and for `tailMs` after it, bounded by `maxRequests` and `maxMs`. Only ever
 * 127.0.0.1. Returns what `work` returned and every answer.
 */
export async function pollDuring(origin, paths, work, options = {}) {
  const { concurrency = 4, maxRequests = 200_000, maxMs = 600_000, tailMs = 300 } = options;
  if (new URL(origin).hostname !== '127.0.0.1') throw new Error('the poller only asks 127.0.0.1');
  const t0 = performance.now();
  const answers = [];
  let stopAt = Number.POSITIVE_INFINITY;
  let next = 0;
  const reader = async () => {
    while (
      performance.now() < stopAt &&
      answers.length < maxRequests &&
      performance.now() - t0 < maxMs
    ) {
      const p = paths[next++ % paths.length];
      const start = performance.now();
      try {
        const res = await fetch(`${origin}${p}`, { headers: { 'Accept-Encoding': 'gzip' } });
        const body = Buffer.from(await res.arrayBuffer());
        answers.push({
          path: p,
          start,
          end: performance.now(),
          status: res.status,
          hash: sha(body),
        });
      } catch (error) {
        answers.push({ path: p, start, end: performance.now(), status: 0, error: String(error) });
      }
    }
  };
  const readers = Array.from({ length: concurrency }, reader);
  let result;
  try {
    result = await work();
  } finally {
    stopAt = performance.now() + tailMs;
    await Promise.all(readers);
  }
  return { result, answers, ms: performance.now() - t0 };
}

/** The file nginx answers `p` with from a release (its try_files rule). */
async function fileFor(release, p, base) {
  const rel = decodeURIComponent(p.split('?')[0].slice(base.length));
  const candidates = [rel, path.join(rel, 'index.html'), 'shell.html', 'index.html'];
  for (const file of rel === '' ? ['index.html'] : candidates) {
    const bytes = await readFile(path.join(release, file)).catch(() => null);
    if (bytes) return bytes;
  }
  return null;
}

/**
 * Judges the answers against the two releases' files (`before`, `after`: release folders).
 * Returns counts and the first few problems of each kind.
 */
export async function judge(answers, { before, after, base = '/' }) {
  const expected = new Map();
  for (const p of new Set(answers.map((a) => a.path))) {
    const [a, b] = await Promise.all([fileFor(before, p, base), fileFor(after, p, base)]);
    expected.set(p, { old: a && sha(a), new: b && sha(b) });
  }
  const failed = answers.filter((a) => a.status !== 200);
  const torn = [];
  const mixed = [];
  let firstNewEnd = Number.POSITIVE_INFINITY;
  for (const a of answers) {
    if (a.status !== 200) continue;
    const e = expected.get(a.path);
    if (a.hash !== e.old && a.hash !== e.new) torn.push(a);
    else if (e.old !== e.new && a.hash === e.new) firstNewEnd = Math.min(firstNewEnd, a.end);
  }
  for (const a of answers) {
    const e = expected.get(a.path);
    if (a.status === 200 && e.old !== e.new && a.hash === e.old && a.start > firstNewEnd) {
      mixed.push(a);
    }
  }
  const changing = answers.filter((a) => {
    const e = expected.get(a.path);
    return a.status === 200 && e.old !== e.new;
  });
  return {
    requests: answers.length,
    failed: failed.length,
    torn: torn.length,
    mixed: mixed.length,
    sawOld: changing.some((a) => a.hash === expected.get(a.path).old),
    sawNew: changing.some((a) => a.hash === expected.get(a.path).new),
    examples: [...failed, ...torn, ...mixed].slice(0, 5),
  };
}

/**
 * The files a reader asks for that exist in both versions: the shell and a page URL, the
 * app's entry files, the layout's data, one article, the search index entry and loader, feeds.
 */
export async function pollPaths(release, base = '/') {
  const html = await readFile(path.join(release, 'index.html'), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="\/?([^"]*assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => `/${m[1].replace(/^\//, '')}`,
  );
  const read = async (file) => JSON.parse(await readFile(path.join(release, 'api', file), 'utf8'));
  const { categories } = await read('categories.json');
  const root = categories.find((c) => c.parent === null)?.slug;
  const page = await read(`categories/${root}/1.json`);
  const article = page.items.at(-1).id; // an older one: still there after a new article
  const b = base.replace(/\/$/, '');
  return [
    '/',
    `/articles/${article}`,
    '/sw.js',
    '/manifest.webmanifest',
    '/embed.js',
    ...assets.map((a) => a.replace(new RegExp(`^${b}`), '')),
    '/api/site.json',
    '/api/categories.json',
    '/api/contacts.json',
    `/api/categories/${root}/1.json`,
    `/api/articles/${article}.json`,
    '/api/search/pagefind-entry.json',
    '/api/search/pagefind.js',
    '/api/feeds/all.xml',
  ].map((p) => `${b}${p}`);
}

/**
 * A second version of an export: the site's name changed and one new article, published now
 * in the first root category — a real data update (pages, archive, search index, feeds move).
 */
export async function nextVersion(exportDir, outDir) {
  await cp(exportDir, outDir, { recursive: true });
  const siteFile = path.join(outDir, 'site.json');
  const site = JSON.parse(await readFile(siteFile, 'utf8'));
  await writeFile(siteFile, JSON.stringify({ ...site, name: `${site.name} (bản mới)` }));
  const { categories } = JSON.parse(await readFile(path.join(outDir, 'categories.json'), 'utf8'));
  const category = categories.find((c) => c.parent === null).slug;
  const article = {
    id: 'bai-moi-khi-dang-phat-hanh',
    title: 'Bài mới đăng trong lúc phát hành',
    publishedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    category,
    body: '<p>Nội dung bài mới.</p>',
  };
  await writeFile(path.join(outDir, 'articles', `${article.id}.json`), JSON.stringify(article));
  return outDir;
}

/**
 * `npm run publish` as a command (tsx), as an IT officer runs it. Returns its output and the
 * steps it printed (`✓ name  1.23 s  note`) with their times.
 */
export async function runPublish(args) {
  const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  const { stdout, stderr } = await promisify(execFile)(tsx, ['scripts/publish.ts', ...args], {
    cwd: REPO_ROOT,
    timeout: 600_000,
    maxBuffer: 16 << 20,
  });
  const steps = [...stdout.matchAll(/✓ (\S+)\s+([\d.]+) s {2}(.*)/g)].map((m) => ({
    name: m[1],
    seconds: Number(m[2]),
    note: m[3],
  }));
  return { stdout, stderr, steps };
}

/**
 * Readers of the search index across a switch (CONTRACT.md §8 v3): each reads
 * `api/search/pagefind-entry.json`, then — after a pause in which the site may switch — asks for
 * the index files of that entry's version (its `pagefind.{hash}.pf_meta` and a sample of its
 * hashed `index/`, `fragment/`, `filter/` files), as Pagefind in a page loaded before the switch
 * does. `site` is the published symlink: a version's files are read from the release it pointed
 * at when that entry was served. Returns what `work` returned, each round, and the failures.
 */
export async function searchAcross(origin, site, work, options = {}) {
  const { concurrency = 6, base = '/', sample = 4, pauseMs = [300, 1200] } = options;
  if (new URL(origin).hostname !== '127.0.0.1') throw new Error('the poller only asks 127.0.0.1');
  const { realpath, readdir } = await import('node:fs/promises');
  const versions = new Map(); // entry hash → { files }
  const learn = async () => {
    const release = await realpath(site);
    const entry = JSON.parse(await readFile(path.join(release, 'api/search/pagefind-entry.json')));
    const hash = entry.languages.vi.hash;
    if (versions.has(hash)) return;
    const record = await readFile(path.join(release, '.publish.json'), 'utf8').catch(() => null);
    const own = record && JSON.parse(record).search?.files;
    const all = own ?? (await readdir(path.join(release, 'api/search'), { recursive: true }));
    const files = all.filter((f) => /^(index|fragment|filter)\/.+\.pf_/.test(f));
    versions.set(hash, { files, meta: `pagefind.${hash}.pf_meta` });
  };
  await learn();
  const rounds = [];
  let done = false;
  const get = async (p) => {
    try {
      const res = await fetch(`${origin}${base}${p}`);
      await res.arrayBuffer();
      return res.status;
    } catch {
      return 0;
    }
  };
  const reader = async (n) => {
    let seed = n + 1;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    while (!done) {
      const start = performance.now();
      const res = await fetch(`${origin}${base}api/search/pagefind-entry.json`).catch(() => null);
      const entry = res?.ok ? await res.json() : null;
      const hash = entry?.languages?.vi?.hash;
      if (hash && !versions.has(hash)) await learn();
      const version = versions.get(hash);
      await new Promise((r) => setTimeout(r, pauseMs[0] + random() * (pauseMs[1] - pauseMs[0])));
      const asked = version
        ? [
            version.meta,
            ...Array.from(
              { length: sample },
              () => version.files[Math.floor(random() * version.files.length)],
            ),
          ]
        : [];
      const statuses = await Promise.all(asked.map((f) => get(`api/search/${f}`)));
      rounds.push({
        hash,
        start,
        end: performance.now(),
        asked,
        statuses,
        entryOk: Boolean(version),
      });
    }
  };
  const readers = Array.from({ length: concurrency }, (_, n) => reader(n));
  let result;
  try {
    result = await work();
  } finally {
    await new Promise((r) => setTimeout(r, pauseMs[1] + 200));
    done = true;
    await Promise.all(readers);
  }
  const hashes = [...new Set(rounds.map((r) => r.hash))];
  const first = rounds.find((r) => r.hash === hashes.at(-1))?.start ?? Number.POSITIVE_INFINITY;
  const failures = rounds.flatMap((r) =>
    r.entryOk
      ? r.asked
          .filter((_, i) => r.statuses[i] !== 200)
          .map((f) => `${f} ${r.statuses[r.asked.indexOf(f)]}`)
      : ['entry'],
  );
  return {
    result,
    rounds: rounds.length,
    requests: rounds.reduce((sum, r) => sum + 1 + r.asked.length, 0),
    versions: hashes.length,
    // Rounds that read the old entry and asked for its files once the new one was served.
    spanning: rounds.filter((r) => r.hash === hashes[0] && r.end > first).length,
    failed: failures.length,
    examples: failures.slice(0, 5),
  };
}
