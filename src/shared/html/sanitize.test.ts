// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { sanitizeHtml, sanitizeTrustedHtml, setSanitiserWindow } from './sanitize';

function parse(html: string) {
  const div = document.createElement('div');
  div.innerHTML = sanitizeHtml(html);
  return div;
}

describe('sanitizeHtml', () => {
  it('removes scripts, iframes, forms, styles and event handlers', () => {
    const out = parse(
      '<p onclick="alert(1)">a</p><script>alert(2)</script><iframe src="https://x"></iframe>' +
        '<form action="/x"><input name="q"></form><style>body{}</style><img src="/a.png" onerror="alert(3)">',
    );
    expect(out.querySelector('script, iframe, form, input, style')).toBeNull();
    expect(out.querySelectorAll('*').length).toBeGreaterThan(0);
    for (const el of out.querySelectorAll('*')) {
      for (const attr of el.attributes) expect(attr.name.startsWith('on')).toBe(false);
    }
    expect(out.querySelector('p')?.textContent).toBe('a');
  });

  it('drops javascript:, data: and protocol-relative URLs but keeps web, mail and phone links', () => {
    const out = parse(
      '<a href="javascript:alert(1)">x</a><a href=" JaVaScRiPt:alert(1)">y</a>' +
        '<a href="data:text/html,hi">z</a><a href="https://example.org/a">ext</a>' +
        '<a href="mailto:a@b.vn">m</a><a href="tel:0909">t</a><a href="/articles/a">in</a>',
    );
    const hrefs = [...out.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      null,
      null,
      null,
      'https://example.org/a',
      'mailto:a@b.vn',
      'tel:0909',
      '/articles/a',
    ]);
  });

  it('marks external links noopener noreferrer', () => {
    const out = parse('<a href="https://example.org/">ext</a><a href="/x">in</a>');
    expect(out.querySelector('a[href^="https"]')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(out.querySelector('a[href="/x"]')?.hasAttribute('rel')).toBe(false);
  });

  it('keeps the structure an article needs', () => {
    const out = parse(
      '<h2>T</h2><ul><li>a</li></ul><figure><img src="/a.png" alt="A"><figcaption>C</figcaption></figure>' +
        '<table><tr><td>1</td></tr></table><blockquote>q</blockquote>',
    );
    expect(out.querySelector('h2')).not.toBeNull();
    expect(out.querySelector('li')?.textContent).toBe('a');
    expect(out.querySelector('figure img')?.getAttribute('alt')).toBe('A');
    expect(out.querySelector('figcaption')?.textContent).toBe('C');
    expect(out.querySelector('td')?.textContent).toBe('1');
    expect(out.querySelector('blockquote')).not.toBeNull();
  });

  it('drops images whose source is not a web URL', () => {
    const out = parse(
      '<img src="javascript:alert(1)"><img src="data:image/png;base64,AA"><img src="/ok.png">',
    );
    expect([...out.querySelectorAll('img')].map((i) => i.getAttribute('src'))).toEqual(['/ok.png']);
  });
});

describe('sanitizeHtml and backslash URLs', () => {
  it('drops links and images whose site path resolves to another host', () => {
    const out = parse(
      '<a href="/\\evil.example/p">a</a><a href="/&#9;/evil.example/p">b</a>' +
        '<img src="/\\evil.example/x.png" alt="x"><img src="/ok.png" alt="ok"><a href="/ok">c</a>',
    );
    const hrefs = [...out.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([null, null, '/ok']);
    expect([...out.querySelectorAll('img')].map((i) => i.getAttribute('alt'))).toEqual(['ok']);
    expect(out.textContent).toContain('a');
  });
});

describe('sanitizeHtml and tags that swallow what follows', () => {
  // figure/a/mark do not break out of foreign content: left inside an open <math> they vanish.
  const after = '<figure><figcaption>một</figcaption></figure><a href="/x">hai</a><mark>ba</mark>';
  it.each(['<math><mi>x</mi>', '<svg>', '<noscript><p>trong</p>', '<plaintext>', '<xmp>'])(
    'keeps safe content after an unclosed %s',
    (open) => {
      const out = parse(`<p>đầu</p>${open}${after}`);
      expect(out.textContent).toContain('đầu');
      for (const word of ['một', 'hai', 'ba']) expect(out.textContent).toContain(word);
      expect(out.querySelector('a[href="/x"]')).not.toBeNull();
      expect(out.querySelector('math, svg, noscript, plaintext, xmp')).toBeNull();
    },
  );

  it('still runs nothing from inside them', () => {
    const out = parse(
      '<math><style><img src=x onerror=alert(1)></style></math><noscript><img src=x onerror=alert(2)></noscript><p>b</p>',
    );
    for (const el of out.querySelectorAll('*')) {
      for (const attr of el.attributes) expect(attr.name.startsWith('on')).toBe(false);
    }
    expect(out.textContent).toContain('b');
  });
});

describe('sanitizeHtml and what the CSP would report while parsing', () => {
  it('takes style and on… attributes, <style> and <base> out before parsing, and only those', () => {
    const body =
      '<base href="https://evil.example/"><style>p { color: red }</style>' +
      '<p style="color:red" onclick="x()" title="a > style=x onload=y">Dịch vụ online, style=đẹp</p>' +
      '<a href="/x"onmouseover=\'y()\'>in</a><img src="/a.png" alt="on-line" /onerror=z()>';
    const out = parse(body);
    expect(out.querySelector('p')?.getAttribute('title')).toBe('a > style=x onload=y');
    expect(out.querySelector('p')?.textContent).toBe('Dịch vụ online, style=đẹp');
    expect(out.querySelector('img')?.getAttribute('alt')).toBe('on-line');
    expect(out.textContent).not.toContain('color');
    for (const el of out.querySelectorAll('*')) {
      expect([...el.attributes].map((a) => a.name)).not.toContainEqual(
        expect.stringMatching(/^(?:on|style|x-)/),
      );
    }
  });

  it('leaves the text after an odd quote alone', () => {
    const out = parse("<p><a href=/x title=don't>xem</a> online 'ngay' style</p>");
    expect(out.textContent).toBe("xem online 'ngay' style");
  });
});

describe('sanitizeTrustedHtml', () => {
  afterEach(() => setSanitiserWindow(window));

  it('is the same string as sanitizeHtml where there are no Trusted Types', () => {
    const body = '<p onclick="x()">a</p><script>b</script>';
    expect(sanitizeTrustedHtml(body)).toBe(sanitizeHtml(body));
  });

  it('under Trusted Types, makes TrustedHTML through the one named policy, and no other', () => {
    const created: string[] = [];
    class Trusted {
      constructor(readonly html: string) {}
      toString() {
        return this.html;
      }
    }
    const trustedTypes = {
      createPolicy(name: string, rules: { createHTML(s: string): string }) {
        created.push(name);
        return {
          createHTML: (s: string) => new Trusted(rules.createHTML(s)),
          createScriptURL() {},
        };
      },
    };
    setSanitiserWindow(Object.assign(Object.create(window), { trustedTypes }));
    const first = sanitizeTrustedHtml('<p onclick="x()">một</p>');
    sanitizeTrustedHtml('<p>hai</p>');
    expect(first).toBeInstanceOf(Trusted);
    expect(String(first)).toBe('<p>một</p>');
    expect(created).toEqual(['portal-html']);
  });
});

describe('sanitizeHtml: tap to call and write', () => {
  it('links the numbers and the address of the hotline article, and nothing else', () => {
    const out = parse(
      '<p>Ngày 17/12/2007, thông báo số 244/TB-UBND.</p><ul><li>Điện thoại: 08.8291913 (Bộ phận).</li>' +
        '<li>Hộp thư: <strong>cchc@quan1hcm.gov.vn</strong></li></ul>' +
        '<p>là 8.290.294 và 0909.022.456. Lệ phí 1.500.000 đồng.</p>',
    );
    const links = [...out.querySelectorAll('a')].map((a) => [
      a.textContent,
      a.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['08.8291913', 'tel:088291913'],
      ['cchc@quan1hcm.gov.vn', 'mailto:cchc@quan1hcm.gov.vn'],
      ['8.290.294', 'tel:8290294'],
      ['0909.022.456', 'tel:0909022456'],
    ]);
    expect(out.textContent).toBe(
      'Ngày 17/12/2007, thông báo số 244/TB-UBND.Điện thoại: 08.8291913 (Bộ phận).' +
        'Hộp thư: cchc@quan1hcm.gov.vn' +
        'là 8.290.294 và 0909.022.456. Lệ phí 1.500.000 đồng.',
    );
  });

  it('never puts a link inside a link, nor changes an existing one', () => {
    const out = parse(
      '<p><a href="/contacts">Gọi <b>0909.022.456</b></a> <a href="tel:0281">08.8291913</a></p>',
    );
    expect(out.querySelectorAll('a')).toHaveLength(2);
    expect(out.querySelector('a a')).toBeNull();
    expect(out.querySelector('a[href="tel:0281"]')?.textContent).toBe('08.8291913');
  });

  it('leaves a body with no number as it was', () => {
    const html = '<p>Khai giảng lớp trung cấp ngày 10/12/2007.</p>';
    expect(sanitizeHtml(html)).toBe(html);
  });
});

describe('sanitizeHtml against known attacks', () => {
  const ALLOWED = new Set(
    'p br hr h2 h3 h4 h5 h6 ul ol li dl dt dd a img figure figcaption table caption thead tbody tfoot tr th td blockquote strong b em i u s sub sup span div pre code abbr cite q small mark'.split(
      ' ',
    ),
  );
  // Each a kind of attack on sanitisers: namespace confusion and mutation on re-parsing (mXSS),
  // raw-text elements, URL tricks, DOM clobbering, templates, comments and CDATA.
  const attacks = [
    '<svg><p><style><img src=x onerror=alert(1)></style></p></svg>',
    '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=alert(1)&gt;">',
    '<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=alert(1) src>">',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    '<xmp><p title="</xmp><img src=x onerror=alert(1)>"></xmp>',
    '<template><img src=x onerror=alert(1)></template><p>sau</p>',
    '<!--<img src=x onerror=alert(1)>--><![CDATA[<img src=x onerror=alert(1)>]]>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">a</a>',
    '<a href="java&#x09;script:alert(1)">b</a><a href="vbscript:msgbox(1)">c</a>',
    '<b href="javascript:alert(1)">d</b><div src="data:,x">e</div>',
    '<img id="location" name="cookie"><form name="body"><a id="x" class="y" style="z">f</a>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe><object data="javascript:alert(1)">g</object>',
    '<button formaction="javascript:alert(1)">h</button><input onfocus=alert(1) autofocus>',
    '<a href="/x"><a href="https://evil.example/">lồng</a></a>',
    '<table><td><a title="</table><img src=x onerror=alert(1)>">i</a></td></table>',
    '<frameset onload=alert(1)><frame src="javascript:alert(1)"></frameset>',
    '<html><head><meta http-equiv="refresh" content="0;url=javascript:alert(1)"></head></html>',
  ];

  it.each(attacks)(
    'leaves only allowed, inert markup of %s, which reads back the same',
    (attack) => {
      const out = sanitizeHtml(attack);
      // Parsed again (as innerHTML will), it is the same body: nothing mutates into code.
      expect(sanitizeHtml(out)).toBe(out);
      const div = parse(attack);
      for (const el of div.querySelectorAll('*')) {
        expect(ALLOWED.has(el.localName)).toBe(true);
        for (const { name, value } of el.attributes) {
          expect(name).toMatch(
            /^(?:href|src|alt|title|colspan|rowspan|scope|width|height|rel|loading|aria-[a-z-]+)$/,
          );
          if (name === 'href') expect(el.localName).toBe('a');
          if (name === 'href' || name === 'src')
            expect(value).toMatch(/^(?:https?:|mailto:|tel:|\/|#)/);
        }
      }
    },
  );

  it('keeps the readable text around an attack', () => {
    expect(parse(attacks[5] ?? '').textContent).toBe('sau');
    expect(parse(attacks[13] ?? '').querySelector('a[href="/x"]')).not.toBeNull();
  });

  it('keeps the text of a body nested thousands deep, and nests it no deeper than an article', () => {
    const depth = 3000;
    const out = parse(`${'<div>'.repeat(depth)}<p>lõi</p>${'</div>'.repeat(depth)}`);
    expect(out.textContent).toBe('lõi');
    let nesting = 0;
    for (let el = out.firstElementChild; el; el = el.firstElementChild) nesting++;
    expect(nesting).toBeLessThanOrEqual(130);
  });
});
