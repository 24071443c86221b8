import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../deploy/csp.ts';
import { parseHeadersFile } from '../deploy/headers-file.mjs';
import { defaultRules, docBlocks, readBlock } from './headers.ts';
import { pageDocument } from './pages/document.ts';
import { preloadData } from './vite/preload-data.ts';
import { inlineScriptHashes } from './vite/security-headers.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = path.join(ROOT, 'dist');

/** index.html as the build's preload plugin writes it (no bundle: an empty route table). */
function builtIndexHtml(): string {
  const plugin = preloadData() as Plugin & {
    configResolved(config: object): void;
    transformIndexHtml(html: string, ctx: object): string;
  };
  plugin.configResolved({ base: '/', env: {} });
  return plugin.transformIndexHtml(readFileSync(path.join(ROOT, 'index.html'), 'utf8'), {});
}

const scriptSources = (rules: ReturnType<typeof defaultRules>) =>
  rules.flatMap((rule) =>
    rule.headers
      .filter(([name]) => name === 'Content-Security-Policy')
      .map(([, value]) => parsePolicy(value).get('script-src') ?? []),
  );

describe('inline script hashes', () => {
  it('hashes index.html’s one inline script, and neither JSON data block', () => {
    const html = builtIndexHtml();
    expect(html).toContain('<script type="application/json" id="portal-preload">');
    const hashes = inlineScriptHashes(html);
    expect(hashes).toHaveLength(1);
    for (const sources of scriptSources(defaultRules())) expect(sources).toContain(hashes[0]);
  });

  it('a prerendered page keeps the shell’s hashes: its data and JSON-LD are not scripts', () => {
    const shell = builtIndexHtml();
    const page = pageDocument(shell, {
      path: 'articles/x',
      hoisted: '<title>x</title>',
      headTags: '<script type="application/ld+json">{"@context":"https://schema.org"}</script>',
      body: '<main>x</main>',
      state: { queries: [{ title: '</script><script>alert(1)</script>' }] },
    });
    expect(page).toContain('id="portal-state"');
    expect(inlineScriptHashes(page)).toEqual(inlineScriptHashes(shell));
  });

  it('counts classic and module inline scripts, skips src= and data types, hashes CRLF as LF', () => {
    const hashes = inlineScriptHashes(
      '<script>a()</script><script type="module">b()</script><script src="/c.js"></script>' +
        '<script type="application/ld+json">{}</script><script>a()</script><script>x\r\ny</script>',
    );
    expect(hashes).toEqual([
      expect.stringMatching(/^'sha256-[A-Za-z0-9+/]{43}='$/),
      expect.any(String),
      inlineScriptHashes('<script>x\ny</script>')[0],
    ]);
  });

  // After `npm run build` (the browser suite checks it again on every run).
  it.skipIf(!existsSync(path.join(DIST, '_headers')))(
    'dist/_headers allows every inline script of the built index.html and shell.html',
    () => {
      const rules = parseHeadersFile(readFileSync(path.join(DIST, '_headers'), 'utf8'));
      for (const file of ['index.html', 'shell.html']) {
        const html = readFileSync(path.join(DIST, file), 'utf8');
        for (const sources of scriptSources(rules)) {
          for (const hash of inlineScriptHashes(html)) expect(sources, file).toContain(hash);
        }
      }
    },
  );
});

describe('the headers in the docs', () => {
  it.each(Object.entries(docBlocks()))('%s has the headers the build writes', (file, blocks) => {
    const doc = readFileSync(path.join(ROOT, file), 'utf8');
    for (const [name, [, text]] of Object.entries(blocks)) {
      expect(readBlock(doc, name), `${file} ${name}: run npm run headers -- --update-docs`).toBe(
        text,
      );
    }
  });
});
