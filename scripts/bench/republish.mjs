// Republishing under load (issue 21, CONTRACT.md §8): a 2 000-article portal served by a real
// nginx with deploy/nginx.conf is republished with `npm run publish` (a data update: one new
// article, the site's name changed) while a poller (test/browser/poller.mjs) asks for files
// that exist in both versions. Figures: requests, failed answers (want 0), torn or mixed
// versions (want 0), and each publish step's time.
//
//   node scripts/bench/republish.mjs [--articles 2000]     (alone; `npm run bench` runs it too)

import { chmod, mkdtemp, realpath, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { nginxMissing, startNginx } from '../../test/browser/nginx.mjs';
import {
  judge,
  nextVersion,
  pollDuring,
  pollPaths,
  runPublish,
} from '../../test/browser/poller.mjs';
import { ensureCorpus } from './corpus.mjs';
import { log, mdTable } from './lib.mjs';

export async function republishBench({ articles = 2000, distDir } = {}) {
  const missing = nginxMissing();
  if (missing) return { skipped: missing };
  const corpus = await ensureCorpus({ articles, years: 19 });
  // Under /tmp, 755: nginx's workers run as nobody.
  const dir = await mkdtemp(path.join(os.tmpdir(), 'portal-republish-'));
  await chmod(dir, 0o755);
  const site = path.join(dir, 'site');
  const nginx = await startNginx({ root: site });
  try {
    const common = ['--app', distDir, '--out', site, '--site-url', nginx.url];
    log(`republish: first publish of ${articles} articles`);
    const first = await runPublish([...common, '--in', corpus.exportDir]);
    const before = await realpath(site);
    const exportB = await nextVersion(corpus.exportDir, path.join(dir, 'export-b'));
    const paths = await pollPaths(before);
    log(`republish: publishing again under a poller (${paths.length} files, 4 readers)`);
    const { answers, result, ms } = await pollDuring(nginx.origin, paths, () =>
      runPublish([...common, '--in', exportB]),
    );
    const verdict = await judge(answers, { before, after: await realpath(site) });
    return {
      articles,
      files: paths.length,
      pollMs: ms,
      ...verdict,
      firstPublish: first.steps,
      republish: result.steps,
    };
  } finally {
    await nginx.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

export function republishReport(r) {
  if (!r || r.skipped)
    return `\n## Republish under a poller\n\nSkipped: ${r?.skipped ?? 'not run'}.\n`;
  const total = (steps) => steps.reduce((sum, s) => sum + s.seconds, 0).toFixed(2);
  const first = new Map(r.firstPublish.map((s) => [s.name, s]));
  return [
    `\n## Republish of ${r.articles} articles under a poller (nginx, deploy/nginx.conf)\n`,
    `${r.requests} requests over ${(r.pollMs / 1000).toFixed(1)} s (${r.files} files, 4 readers): ` +
      `**${r.failed} failed**, ${r.torn} torn, ${r.mixed} mixed` +
      `${r.sawOld && r.sawNew ? '; both versions seen' : ''} (goal: 0 / 0 / 0).\n`,
    mdTable(
      ['step', '>republish s', '>first publish s', 'what'],
      [
        ...r.republish.map((s) => [
          s.name,
          s.seconds.toFixed(2),
          first.get(s.name)?.seconds.toFixed(2) ?? '–',
          s.note,
        ]),
        ['total', total(r.republish), total(r.firstPublish), ''],
      ],
    ),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '2000' } } });
  const articles = Number(values.articles);
  if (!Number.isInteger(articles) || articles < 1)
    throw new Error('--articles needs a positive integer');
  const distDir = path.resolve('dist');
  const r = await republishBench({ articles, distDir });
  console.log(republishReport(r));
  console.log(JSON.stringify(r));
  if (r.failed || r.torn || r.mixed) process.exitCode = 1;
}
