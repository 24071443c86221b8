import { cspHash, STYLE_POLICY_META } from '../../deploy/csp.ts';
import { inlineScriptHashes } from '../vite/inline-script-hashes.ts';

/** What kind of file a page is, for which head a reader of it needs. */
export type PageKind = 'page' | 'not-found' | 'shell';

export interface PageRulesContext {
  /** `'sha256-…'` the site's policy allows for inline scripts. */
  allowedHashes: ReadonlySet<string>;
}

/** A Suspense boundary React streamed (its hidden segment, its completion script). */
export const STREAMED = /<template id="B:|<div hidden id="S:|\$RC\(|\$RS\(|\$RC=|\$RS=/;
/** The app's loading line: data that never came. */
export const LOADING = /Đang tải/;
/** The page's `<main>` element, or undefined. */
export const mainOf = (html: string) => /<main\b[\s\S]*?<\/main>/i.exec(html)?.[0];

const attr = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag)?.[1];

/** The first `<meta>`/`<link>` whose `key` attribute is `value`, as its content/href. */
function headValue(html: string, element: 'meta' | 'link', key: string, value: string) {
  for (const [tag] of html.matchAll(new RegExp(`<${element}\\b[^>]*>`, 'gi'))) {
    if (attr(tag, key) === value) return attr(tag, element === 'meta' ? 'content' : 'href');
  }
  return undefined;
}

/**
 * The page's own style policy (deploy/csp.ts `stylePolicyMeta`): there, before any style, and
 * naming the hash of each inline `<style>`. The header lets inline styles through only for it
 * to decide: a page without one would take any injected style.
 */
function styleProblems(html: string): string[] {
  const head = /<head>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? '';
  const policy = STYLE_POLICY_META.exec(head);
  if (!policy) return ['thiếu <meta> chính sách style-src của trang'];
  const allowed = new Set(policy[1]?.split(/\s+/));
  const problems: string[] = [];
  if (/<style\b|<link\b/i.test(head.slice(0, policy.index))) {
    problems.push('<meta> style-src đứng sau một style: nó không áp cho style đó');
  }
  for (const [, text] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    const hash = cspHash(text ?? '');
    if (!allowed.has(hash))
      problems.push(`style nội tuyến không được chính sách trang cho phép: ${hash}`);
  }
  return problems;
}

/**
 * The contract's rules for one drawn page (§6, §7), on its text: a complete document (no
 * streamed boundary, nothing still loading), only the inline scripts the policy hashes, and the
 * head that link previews and crawlers read. Returns what is wrong, in Vietnamese, one line each.
 */
export function pageProblems(html: string, kind: PageKind, ctx: PageRulesContext): string[] {
  const problems: string[] = [];
  if (STREAMED.test(html)) problems.push('còn Suspense boundary truyền dần ($RC/S:…): trang vẽ dở');
  for (const hash of inlineScriptHashes(html)) {
    if (!ctx.allowedHashes.has(hash))
      problems.push(`script nội tuyến không được CSP cho phép: ${hash}`);
  }
  problems.push(...styleProblems(html));
  if (kind === 'shell') return problems;
  const main = mainOf(html);
  if (!main) problems.push('không có <main>');
  else if (LOADING.test(main)) problems.push('<main> còn "Đang tải…"');
  const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1]?.trim();
  if (!title) problems.push('thiếu <title>');
  if (!headValue(html, 'meta', 'name', 'description')?.trim()) problems.push('thiếu description');
  if (kind === 'not-found') {
    if (!/<meta name="robots" content="[^"]*noindex/i.test(html))
      problems.push('404 thiếu noindex');
    return problems;
  }
  const canonical = headValue(html, 'link', 'rel', 'canonical');
  if (!canonical || !/^https?:\/\//.test(canonical)) problems.push('thiếu canonical tuyệt đối');
  const image = headValue(html, 'meta', 'property', 'og:image');
  if (!image || !/^https?:\/\/[^?#]+\.(?:png|jpe?g|webp)(?:[?#].*)?$/i.test(image)) {
    problems.push(`og:image không phải ảnh raster tuyệt đối (${image ?? 'không có'})`);
  }
  for (const size of ['og:image:width', 'og:image:height']) {
    if (!/^\d+$/.test(headValue(html, 'meta', 'property', size) ?? ''))
      problems.push(`thiếu ${size}`);
  }
  return problems;
}

/** Where the data's article body sits in a page: its links are the CMS's, not the app's. */
const BODY_START = '<div class="article__body"';

/** The article body's markup, cut out of `html` (by counting nested `div`s). */
function splitBody(html: string): { page: string; body: string } {
  const start = html.indexOf(BODY_START);
  if (start < 0) return { page: html, body: '' };
  let depth = 0;
  for (const m of html.slice(start).matchAll(/<div\b|<\/div>/gi)) {
    depth += m[0] === '</div>' ? -1 : 1;
    if (depth === 0) {
      const end = start + (m.index ?? 0) + m[0].length;
      return { page: html.slice(0, start) + html.slice(end), body: html.slice(start, end) };
    }
  }
  return { page: html.slice(0, start), body: html.slice(start) };
}

function addressesIn(html: string, tags: string): string[] {
  const out = new Set<string>();
  for (const [tag] of html.matchAll(new RegExp(`<(?:${tags})\\b[^>]*>`, 'gi'))) {
    const value = attr(tag, 'href') ?? attr(tag, 'src') ?? attr(tag, 'action');
    if (value !== undefined) out.add(value.replace(/&amp;/g, '&'));
  }
  return [...out];
}

/**
 * Every address a page points to, in two kinds: the app's own (links, stylesheets, forms:
 * a broken one is the app's fault and fails the check) and the data's (pictures, and anything
 * inside an article body: the CMS's to mend, so only a warning — a dead link in one article
 * must not stop a district's publish).
 */
export function pageAddresses(html: string): { app: string[]; data: string[] } {
  const { page, body } = splitBody(html);
  return {
    app: addressesIn(page, 'a|link|form'),
    data: [...new Set([...addressesIn(page, 'img|source'), ...addressesIn(body, 'a|img|source')])],
  };
}
