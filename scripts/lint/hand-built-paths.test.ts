// @vitest-environment node
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the planted lines are source text, not templates
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { handBuiltPaths, scan, sourceFiles } from './hand-built-paths.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The few places that may write a path by hand, each with why. `public/embed.js` is plain
 * JavaScript served as is to ward sites (no build step): test/unit/embed-js.test.ts checks the
 * iframe address it builds against `embedPath`, which uses the URL builders.
 */
const ALLOWED = [{ file: 'public/embed.js', text: 'embed/' }];

describe('app addresses and data paths come from src/shared/urls (#31)', () => {
  it('finds none written by hand in src, scripts, sw, deploy or embed.js', () => {
    const files = [
      ...sourceFiles(ROOT, ['src', 'scripts', 'sw', 'deploy']).filter(
        (file) => !file.startsWith('src/shared/urls/'),
      ),
      'public/embed.js',
    ];
    const found = scan(ROOT, files).filter(
      (f) => !ALLOWED.some((a) => a.file === f.file && a.text === f.text),
    );
    expect(found.map((f) => `${f.file}:${f.line} ${f.what}: ${f.text}`)).toEqual([]);
  });

  it('fails on each kind of hand-built path', () => {
    const planted = [
      'const a = `/articles/${id}`;',
      '<Link to={`/categories/${slug}`}>x</Link>;',
      'navigate(`/archive/${day}`);',
      '<Link to="/contacts">x</Link>;',
      "const s = '/search?q=' + q;",
      'const w = `${base}embed/latest`;',
      'fetchJson(`categories/${slug}/${page}.json`, Doc);',
      "read('site.json');",
      "read('archive/index.json');",
      'const keep = /^articles\\//.test(name);',
    ];
    for (const line of planted) {
      expect(handBuiltPaths('planted.tsx', line), line).toHaveLength(1);
    }
  });

  it('leaves comments, other folders and the builders’ callers alone', () => {
    const fine = [
      '// `/articles/x` in a comment',
      '/** `categories/{slug}/1.json` */',
      'const u = urls.article(id); const f = files.categoryPage(slug, 1);',
      "const m = path.join(root, 'node_modules/pagefind/package.json');",
      "const r = path.join(release, 'api', 'search', file);",
      "const x = (ms / 1000).toFixed(2); const y = `${a}/${b}`; const z = 'articles';",
    ];
    for (const line of fine) expect(handBuiltPaths('fine.ts', line), line).toEqual([]);
  });
});
