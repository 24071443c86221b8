/**
 * The security headers (contract §7) as text, for a deployment that is not Cloudflare Pages or
 * Netlify, and the copies in the docs:
 *
 *   npm run headers                         # `_headers` of a default build (base /, data in api/)
 *   npm run headers -- --nginx              # the same as nginx location blocks
 *   npm run headers -- --dist dist --nginx  # nginx lines for the build in dist/ (its own
 *                                           # VITE_EMBED_ANCESTORS, VITE_API_BASE, base path)
 *   npm run headers -- --update-docs        # rewrite the generated blocks in README.md and
 *                                           # docs/security.md (a unit test fails when stale)
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type HeaderRule, securityRules, toHeadersFile, toNginx } from '../deploy/headers.ts';
import { parseHeadersFile } from '../deploy/headers-file.mjs';
import { PRELOAD_BOOT } from './vite/preload-data.ts';
import { headerOptions, inlineScriptHashes } from './vite/security-headers.ts';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The rules `npm run build` writes with no variables set: index.html's one inline script. */
export function defaultRules(): HeaderRule[] {
  return securityRules(
    headerOptions('/', {}, inlineScriptHashes(`<script>${PRELOAD_BOOT}</script>`)),
  );
}

/** Generated blocks in the docs: file → block name → text (fenced as `lang`). */
export function docBlocks(rules = defaultRules()) {
  return {
    'README.md': { 'nginx-headers': ['nginx', toNginx(rules)] },
    'docs/security.md': { 'headers-file': ['text', toHeadersFile(rules)] },
  } as const;
}

const block = (name: string) =>
  new RegExp(`(<!-- generated: ${name} [^>]*-->\\n)[\\s\\S]*?(\\n<!-- /generated -->)`);

/** The text of block `name` in `doc`, or undefined. */
export function readBlock(doc: string, name: string): string | undefined {
  return block(name)
    .exec(doc)?.[0]
    .replace(/^.*\n```\w*\n/, '')
    .replace(/```\n<!-- \/generated -->$/, '');
}

export function writeBlock(doc: string, name: string, lang: string, text: string): string {
  if (!block(name).test(doc)) throw new Error(`no <!-- generated: ${name} … --> block`);
  return doc.replace(
    block(name),
    (_, open, close) => `${open}\`\`\`${lang}\n${text}\`\`\`${close}`,
  );
}

async function main() {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string' },
      nginx: { type: 'boolean', default: false },
      'update-docs': { type: 'boolean', default: false },
    },
  });
  if (values['update-docs']) {
    for (const [file, blocks] of Object.entries(docBlocks())) {
      const full = path.join(REPO_ROOT, file);
      let doc = await readFile(full, 'utf8');
      for (const [name, [lang, text]] of Object.entries(blocks)) {
        doc = writeBlock(doc, name, lang, text);
      }
      await writeFile(full, doc);
      console.log(`${file}: updated`);
    }
    return;
  }
  const rules = values.dist
    ? parseHeadersFile(await readFile(path.resolve(values.dist, '_headers'), 'utf8'))
    : defaultRules();
  process.stdout.write(values.nginx ? toNginx(rules) : toHeadersFile(rules));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
