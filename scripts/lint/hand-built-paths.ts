import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { literalsOf } from './literals.ts';

/**
 * App addresses and contract data files are built in one place, `src/shared/urls/` (#31): a
 * path written by hand elsewhere drifts from it the day one changes. This finds them in the
 * literal text of the sources (strings, templates, regular expressions; not comments).
 */

const SEGMENT = '(?:articles|categories|archive|contacts|feeds|search|embed)';
const RULES: [what: string, re: RegExp][] = [
  // `/articles/x`, `categories/${slug}`, `${base}embed/`; not `api/search/` (a data folder
  // inside a path of the published tree, which the next rule leaves to its writer).
  ['an app or data path', new RegExp(`(?:^|[^\\w.@/-]|/(?=/))/?${SEGMENT}/`)],
  // `/contacts`, `/search?q=…`, `${base}search`
  ['an app address', new RegExp(`(?:^|[^\\w.@/-])/${SEGMENT}(?:[?#]|$)|\\}${SEGMENT}(?:[?#/]|$)`)],
  // `site.json`, `archive/index.json`, `${id}.json`
  ['a contract file', /(?:^|[^\w-])(?:site|categories|contacts|index)\.json/],
];

export interface Finding {
  file: string;
  line: number;
  text: string;
  what: string;
}

/** What `file` (its text `source`) writes by hand. */
export function handBuiltPaths(file: string, source: string): Finding[] {
  const out: Finding[] = [];
  for (const { text, line } of literalsOf(source)) {
    const rule = RULES.find(([, re]) => re.test(text));
    if (rule) out.push({ file, line, text, what: rule[0] });
  }
  return out;
}

const SOURCE = /\.(?:ts|tsx|mts|mjs|js)$/;
const SKIPPED = /\.test\.|\.d\.ts$|\.d\.mts$/;

/** The source files under `dirs` (relative to `root`), tests and declarations left out. */
export function sourceFiles(root: string, dirs: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = path.posix.join(rel, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (SOURCE.test(entry.name) && !SKIPPED.test(entry.name)) out.push(child);
    }
  };
  for (const dir of dirs) walk(dir);
  return out.sort();
}

export function scan(root: string, files: readonly string[]): Finding[] {
  return files.flatMap((file) => handBuiltPaths(file, readFileSync(path.join(root, file), 'utf8')));
}
