import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { defaultScriptHashes } from '../../deploy/headers.ts';
import { mapLimit } from '../lib/pool.ts';
import { type PageKind, pageAddresses, pageProblems } from './page-rules.ts';
import { SiteTargets } from './targets.ts';

export interface SiteProblem {
  /** The page file, relative to the site folder. */
  file: string;
  message: string;
}

export interface SiteReport {
  pages: number;
  /** What fails the check. */
  problems: SiteProblem[];
  /** What the data's editors should mend (its own dead links and pictures): reported only. */
  warnings: SiteProblem[];
}

/** Folders of the site that hold no pages: not walked. */
const NOT_PAGES = new Set(['api', 'assets', 'icons', 'images']);

async function pageFiles(dist: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string, top: boolean) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (
        entry.isDirectory() &&
        !(top && NOT_PAGES.has(entry.name)) &&
        !entry.name.startsWith('.')
      ) {
        await walk(path.join(dir, entry.name), false);
      } else if (
        entry.isFile() &&
        (entry.name === 'index.html' || (top && entry.name.endsWith('.html')))
      ) {
        out.push(path.relative(dist, path.join(dir, entry.name)));
      }
    }
  };
  await walk(dist, true);
  return out.sort();
}

/** The inline-script hashes the site's `_headers` policy allows (else the build's default). */
async function allowedHashes(dist: string): Promise<Set<string>> {
  const headers = await readFile(path.join(dist, '_headers'), 'utf8').catch(() => '');
  const found = [...headers.matchAll(/'sha256-[A-Za-z0-9+/=]+'/g)].map(([hash]) => hash);
  return new Set(found.length > 0 ? found : defaultScriptHashes());
}

const kindOf = (file: string): PageKind =>
  file === 'shell.html' ? 'shell' : file === '404.html' ? 'not-found' : 'page';

/**
 * `check:site`: reads every drawn page of a published site folder and reports what a reader,
 * a crawler or a link preview would find wrong (page-rules.ts), every internal address that
 * leads nowhere (targets.ts) and invalid HTML (html-validate's `standard` rules).
 */
export async function checkSite(options: {
  dist: string;
  api?: string;
  /** Only these pages (relative to `dist`), e.g. those a publish drew again; default all. */
  files?: readonly string[];
}): Promise<SiteReport> {
  const dist = path.resolve(options.dist);
  const shell = await readFile(path.join(dist, 'shell.html'), 'utf8').catch(() => {
    throw new Error(`${dist}: không có shell.html (chưa phải một bản build của cổng)`);
  });
  const base: string =
    JSON.parse(/id="portal-preload">([\s\S]*?)<\/script>/.exec(shell)?.[1] ?? '{}').base ?? '/';
  const targets = new SiteTargets(dist, path.resolve(options.api ?? path.join(dist, 'api')), base);
  const ctx = { allowedHashes: await allowedHashes(dist) };
  const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
  const files = options.files ? [...options.files] : await pageFiles(dist);
  const problems: SiteProblem[] = [];
  const warnings: SiteProblem[] = [];
  await mapLimit(files, 8, async (file) => {
    const html = await readFile(path.join(dist, file), 'utf8');
    const say = (message: string) => problems.push({ file, message });
    const kind = kindOf(file);
    for (const message of pageProblems(html, kind, ctx)) say(message);
    const pagePath = `${base}${path.dirname(file) === '.' ? '' : path.dirname(file).split(path.sep).join('/')}`;
    const addresses = pageAddresses(html);
    for (const address of addresses.app) {
      const problem = await targets.problem(address, pagePath);
      if (problem) say(problem);
    }
    for (const address of addresses.data) {
      const problem = await targets.problem(address, pagePath);
      if (problem) warnings.push({ file, message: `(dữ liệu) ${problem}` });
    }
    const report = await validator.validateString(html, file);
    for (const result of report.results) {
      for (const m of result.messages)
        say(`HTML không hợp lệ (${m.ruleId}, dòng ${m.line}): ${m.message}`);
    }
  });
  const order = (a: SiteProblem, b: SiteProblem) =>
    a.file.localeCompare(b.file) || a.message.localeCompare(b.message);
  return { pages: files.length, problems: problems.sort(order), warnings: warnings.sort(order) };
}
