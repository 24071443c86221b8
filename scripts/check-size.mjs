// Size budget for CI: first-load JS per route (gzip -9, bytes) from dist/.vite/manifest.json,
// against each route's `budget` in src/app/route-manifest.ts, plus public/embed.js against
// size-budget.json. Run after `vite build`:
//
//   npm run build && npm run check:size [-- --dist dist] [--budget size-budget.json] [--update]
//
// Exit 0 = every figure within budget, 1 = over budget (or a budgeted route vanished),
// 2 = cannot measure (no build, bad arguments). `--update` prints each route's measured size
// + 5 % (rounded up to 64 bytes) to put in the manifest, and rewrites the file budgets.

import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipBytes, manifestFirstLoad, ROUTES } from './size/first-load.mjs';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const HEADROOM = 1.05;

export function withHeadroom(bytes) {
  return Math.ceil((bytes * HEADROOM) / 64) * 64;
}

function readArgs(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      dist: { type: 'string', default: 'dist' },
      budget: { type: 'string', default: 'size-budget.json' },
      update: { type: 'boolean', default: false },
    },
  });
  return values;
}

/** Markdown table of rows `{ what, url, gzip, budget, status }`. */
export function table(rows) {
  const lines = [
    '| what | sample URL | gzip bytes | budget | used | status |',
    '| --- | --- | ---: | ---: | ---: | --- |',
  ];
  for (const r of rows) {
    const used = r.gzip != null && r.budget ? `${((100 * r.gzip) / r.budget).toFixed(0)} %` : '';
    lines.push(
      `| ${r.what} | ${r.url ?? ''} | ${r.gzip ?? '–'} | ${r.budget ?? '–'} | ${used} | ${r.status} |`,
    );
  }
  return lines.join('\n');
}

export async function checkSize({ dist, budget, update, routes = ROUTES }) {
  const distDir = path.resolve(REPO_ROOT, dist);
  const budgetFile = path.resolve(REPO_ROOT, budget);
  const budgets = existsSync(budgetFile)
    ? JSON.parse(await readFile(budgetFile, 'utf8'))
    : { files: {} };
  budgets.files ??= {};

  const rows = [];
  const notes = [];
  let over = 0;
  const judge = (what, url, gzip, limit) => {
    let status = 'ok';
    if (limit == null) status = 'no budget';
    else if (gzip > limit) {
      status = `**OVER by ${gzip - limit} B**`;
      over++;
    }
    rows.push({ what, url, gzip, budget: limit, status });
  };

  const measured = await manifestFirstLoad(distDir, { repoRoot: REPO_ROOT, routes });
  for (const route of measured) {
    if (route.note) {
      notes.push(route.note);
      if (existsSync(path.join(REPO_ROOT, route.module))) {
        // The module exists but produced no chunk: the budget can no longer be checked.
        rows.push({ what: route.module, url: route.url, status: '**NOT MEASURED**' });
        over++;
      }
      continue;
    }
    judge(route.module, route.url, route.gzip, route.budget);
    if (update) notes.push(`${route.name}: budget ${withHeadroom(route.gzip)} (route-manifest.ts)`);
  }

  for (const file of ['public/embed.js']) {
    const full = path.join(REPO_ROOT, file);
    if (!existsSync(full)) {
      notes.push(`${file} does not exist: skipped`);
      continue;
    }
    const gzip = gzipBytes(await readFile(full));
    budgets.files[file] ??= 2048;
    judge(file, '', gzip, budgets.files[file]);
  }

  if (update) await writeFile(budgetFile, `${JSON.stringify(budgets, null, 2)}\n`);
  return { rows, notes, over };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  let options;
  try {
    options = readArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
  try {
    const { rows, notes, over } = await checkSize(options);
    console.log('First-load JS per route (entry + static imports + route chunk), gzip -9:\n');
    console.log(table(rows));
    for (const note of notes) console.log(`\nnote: ${note}`);
    if (options.update) console.log(`\n${options.budget} updated (measured + 5 %).`);
    else if (over > 0) {
      console.error(
        `\n${over} figure(s) over budget (${options.budget}). Shrink the bundle, or if the ` +
          'growth is intended, raise the budget in the same commit and say why.',
      );
      process.exit(1);
    } else console.log('\nAll within budget.');
  } catch (error) {
    console.error(`check:size: ${error.message}`);
    process.exit(2);
  }
}
