import { describe, expect, it } from 'vitest';
import { cspHash, stylePolicyMeta } from '../../deploy/csp.ts';
import { inlineScriptHashes } from '../vite/inline-script-hashes.ts';
import { pageAddresses, pageProblems } from './page-rules.ts';

const BOOT = '<script>boot()</script>';
const ctx = { allowedHashes: new Set(inlineScriptHashes(BOOT)) };
const HEAD = [
  '<title>Tin – Quận</title>',
  '<meta name="description" content="Mô tả">',
  '<link rel="canonical" href="https://quan.example/articles/a">',
  '<meta property="og:image" content="https://quan.example/og-card.png">',
  '<meta property="og:image:width" content="1200">',
  '<meta property="og:image:height" content="630">',
].join('');
const STYLE = 'main{margin:0 auto}';
const STYLED = `${stylePolicyMeta([cspHash(STYLE)])}<style>${STYLE}</style>`;
const page = (head: string, main: string, extra = '', styled = STYLED) =>
  `<!doctype html><html lang="vi"><head>${styled}${head}${BOOT}</head><body><main>${main}</main>${extra}</body></html>`;

describe('pageProblems', () => {
  it('passes a complete page with the head previews and crawlers read', () => {
    expect(pageProblems(page(HEAD, '<h1>Tin</h1>'), 'page', ctx)).toEqual([]);
  });

  it('finds a streamed boundary and its completion script', () => {
    const html = page(
      HEAD,
      '<!--$?--><template id="B:0"></template>',
      '<div hidden id="S:0"></div><script>$RC("B:0","S:0")</script>',
    );
    const problems = pageProblems(html, 'page', ctx);
    expect(problems.some((p) => p.includes('Suspense'))).toBe(true);
    expect(problems.some((p) => p.includes('không được CSP cho phép'))).toBe(true);
  });

  it('asks for the page’s own style policy, first, naming its inline style', () => {
    const problems = (styled: string) =>
      pageProblems(page(HEAD, '<h1>Tin</h1>', '', styled), 'page', ctx);
    expect(problems(`<style>${STYLE}</style>`)).toEqual([
      'thiếu <meta> chính sách style-src của trang',
    ]);
    expect(problems(`<style>${STYLE}</style>${stylePolicyMeta([cspHash(STYLE)])}`)).toEqual([
      '<meta> style-src đứng sau một style: nó không áp cho style đó',
    ]);
    expect(problems(`${stylePolicyMeta()}<style>${STYLE}</style>`)).toEqual([
      `style nội tuyến không được chính sách trang cho phép: ${cspHash(STYLE)}`,
    ]);
    // A page without inline styles (the shell) has the policy all the same.
    expect(problems(stylePolicyMeta())).toEqual([]);
  });

  it('finds a main that is still loading', () => {
    expect(pageProblems(page(HEAD, '<p>Đang tải…</p>'), 'page', ctx)).toEqual([
      '<main> còn "Đang tải…"',
    ]);
  });

  it('names each missing head part, and an SVG preview picture', () => {
    const svg = HEAD.replace('og-card.png', 'emblem.svg').replace(
      '<link rel="canonical" href="https://quan.example/articles/a">',
      '',
    );
    const problems = pageProblems(
      page(svg.replace('<title>Tin – Quận</title>', ''), '<h1>x</h1>'),
      'page',
      ctx,
    );
    expect(problems).toEqual([
      'thiếu <title>',
      'thiếu canonical tuyệt đối',
      'og:image không phải ảnh raster tuyệt đối (https://quan.example/emblem.svg)',
    ]);
  });

  it('asks the not-found page for noindex, not for a canonical or a picture', () => {
    const head = '<title>Không tìm thấy</title><meta name="description" content="x">';
    expect(pageProblems(page(head, '<h1>404</h1>'), 'not-found', ctx)).toEqual([
      '404 thiếu noindex',
    ]);
    expect(
      pageProblems(
        page(`${head}<meta name="robots" content="noindex">`, '<h1>404</h1>'),
        'not-found',
        ctx,
      ),
    ).toEqual([]);
  });

  it('ignores data blocks, which never run', () => {
    const html = page(
      HEAD,
      '<h1>x</h1>',
      '<script type="application/json" id="portal-state">{}</script><script type="application/ld+json">{}</script>',
    );
    expect(pageProblems(html, 'page', ctx)).toEqual([]);
  });
});

describe('pageAddresses', () => {
  it("tells the app's links from the data's (pictures, anything in an article body)", () => {
    const html =
      '<a href="/search?q=a&amp;page=2">s</a><link rel="stylesheet" href="/assets/a.css">' +
      '<img src="/images/x.png" alt=""><form action="/search"></form>' +
      '<div class="article__body"><div><a href="/dead">x</a></div><img src="/y.png" alt=""></div>' +
      '<a href="/categories/a">a</a>';
    expect(pageAddresses(html)).toEqual({
      app: ['/search?q=a&page=2', '/assets/a.css', '/search', '/categories/a'],
      data: ['/images/x.png', '/dead', '/y.png'],
    });
  });
});
