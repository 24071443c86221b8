import { cspHash, STYLE_POLICY_META, stylePolicyMeta } from '../../deploy/csp.ts';
import { NOINDEX } from '../vite/shell-page.ts';
import { jsonInScript } from './html-text.ts';

export interface PageParts {
  /** The page's path below the base, as the preload table matches it (`articles/x`). */
  path: string;
  /** React's hoisted tags: `<title>`, the page's description, feed links. */
  hoisted: string;
  /** Canonical, Open Graph, JSON-LD (head.ts). */
  headTags: string;
  /** React's markup for `#root`. */
  body: string;
  /** The dehydrated queries the browser starts from. */
  state: unknown;
  /**
   * `404.html`: kept `noindex`, and marked so that the app draws the address it is served at
   * afresh rather than take over markup drawn for another one.
   */
  notFound?: boolean;
}

const SHELL = /<!--shell-->[\s\S]*?<!--\/shell-->/;
const PRELOAD = /(<script type="application\/json" id="portal-preload">)([\s\S]*?)(<\/script>)/;

/** Checks that `shell` is the app's shell.html, as `vite build` writes it. */
export function checkShell(shell: string): string | null {
  if (!SHELL.test(shell)) return 'shell.html has no <!--shell--> … <!--/shell--> in #root';
  if (!PRELOAD.test(shell)) return 'shell.html has no #portal-preload table';
  if (!/<script type="module"[^>]*\bsrc="/.test(shell)) return 'shell.html has no entry script';
  return null;
}

/** The app's stylesheets by the address the shell links them at (`/assets/index-….css`). */
export type Stylesheets = Readonly<Record<string, string>>;

const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>/g;

/** The stylesheets `shell` links and its preload `table`'s routes name, to read for inlining. */
export function stylesheetsOf(
  shell: string,
  table: { base: string; routes: { files?: string[] }[] },
): string[] {
  const routeFiles = table.routes.flatMap((r) => r.files ?? []);
  return [
    ...[...shell.matchAll(STYLESHEET_LINK)].map((m) => m[1] as string),
    ...routeFiles.filter((f) => f.endsWith('.css')).map((f) => `${table.base}${f}`),
  ];
}

// Inline, a stylesheet's relative `url(…)` would resolve against the page, not the file; and
// `</style` would end the element. Such a stylesheet stays a link (Vite writes neither).
const inlinable = (css: string) =>
  !/<\/style/i.test(css) && !/url\(\s*['"]?(?![a-z][\w+.-]*:|\/|#)/i.test(css);

/**
 * The page's stylesheets in one `<style>` where the first link was, with the page's style
 * policy naming its hash: the text paints with the HTML, without another round trip on a slow
 * line (#27). The app's own loading would add the same files later (the route's, when its code
 * comes): the same rules again, in the same order, so nothing moves.
 */
function inlineStyles(html: string, hrefs: string[], styles: Stylesheets): string {
  const texts = hrefs.map((href) => styles[href]);
  if (texts.length === 0 || texts.some((css) => css === undefined || !inlinable(css))) {
    // Links it is: after the entry's stylesheet, in the order the app's loading would add them.
    const links = hrefs
      .filter((href) => !html.includes(`href="${href}"`))
      .map((href) => `\n    <link rel="stylesheet" crossorigin href="${href}">`)
      .join('');
    return html.replace(/<link rel="stylesheet"[^>]*>/, (entry) => entry + links);
  }
  const text = texts.join('\n');
  let links = 0;
  return html
    .replace(STYLESHEET_LINK, () => (links++ === 0 ? `<style>${text}</style>` : ''))
    .replace(STYLE_POLICY_META, () => stylePolicyMeta([cspHash(text)]));
}

/**
 * A prerendered page: the shell with the page's head, its markup in `#root` and its data. The
 * preload table keeps the route's chunks but names no data files: the page carries its data,
 * and its stylesheets inline (`styles`: their text by address; one missing keeps links).
 */
export function pageDocument(shell: string, parts: PageParts, styles: Stylesheets = {}): string {
  let html = (parts.notFound ? shell : shell.replace(`\n    ${NOINDEX}`, '')).replace(
    /<title>[^<]*<\/title>/,
    '',
  );
  if (/<meta name="description"/.test(parts.hoisted)) {
    html = html.replace(/\s*<meta name="description"[^>]*>/, '');
  }
  // The entry and its imports are fetched by the preload script once the page has painted
  // (preload-boot.js): a page that reads without them need not wait on their bytes.
  let entry: string | undefined;
  const modules: string[] = [];
  html = html
    .replace(/\s*<script type="module"[^>]*\bsrc="([^"]+)"[^>]*><\/script>/, (_, src: string) => {
      entry = src;
      return '';
    })
    .replace(/\s*<link rel="modulepreload"[^>]*\bhref="([^"]+)"[^>]*>/g, (_, href: string) => {
      modules.push(href);
      return '';
    });
  let routeCss: string[] = [];
  html = html.replace(PRELOAD, (_, open: string, json: string, close: string) => {
    const table = JSON.parse(json);
    table.api = null;
    table.entry = entry;
    if (modules.length > 0) table.modules = modules;
    // The page's own row is all its script needs.
    const row = table.routes.find((r: { re: string }) => new RegExp(r.re, 'i').test(parts.path));
    table.routes = row ? [row] : [];
    // What a page the browser draws itself would preload: this one was drawn with it.
    if (row) delete row.draw;
    // Its stylesheets too (the article's body, the date box, …): drawn before the page's code
    // arrives, the page needs them for its first paint, or it would move when they came.
    routeCss = ((row?.files ?? []) as string[])
      .filter((file) => file.endsWith('.css'))
      .map((file) => `${table.base}${file}`);
    return `${open}${jsonInScript(table)}${close}`;
  });
  const entryCss = [...html.matchAll(STYLESHEET_LINK)].map((m) => m[1] as string);
  html = inlineStyles(html, [...new Set([...entryCss, ...routeCss])], styles);
  html = html.replace(SHELL, () => parts.body);
  // Early in the head, after the charset and viewport: what previews and crawlers read first.
  html = html.replace(
    /(<meta name="viewport"[^>]*>)/,
    (viewport) => `${viewport}\n    ${parts.hoisted}${parts.headTags}`,
  );
  return html.replace(
    '</body>',
    () =>
      `<script type="application/json" id="portal-state"${parts.notFound ? ' data-page="not-found"' : ''}>${jsonInScript(parts.state)}</script>\n  </body>`,
  );
}
