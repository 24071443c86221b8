// @vitest-environment jsdom
// public/embed.js, the one-tag loader a ward pastes into its page, run in jsdom the way a browser
// would: a <script> tag with data-* attributes, then the file's text executed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  embedPath,
  embedSnippet,
  WIDGET_TITLES,
  WIDGETS,
  type WidgetOptions,
} from '../../src/features/embed/snippet';

const CODE = readFileSync(path.resolve(import.meta.dirname, '../../public/embed.js'), 'utf8');
const PORTAL = 'https://portal.example.gov.vn';
const SRC = `${PORTAL}/portal/embed.js`;

type Registry = { frames: unknown[]; listening?: boolean };
const globalWindow = window as unknown as { __portalEmbed?: Registry };

/** A `<script src=…embed.js data-…>` tag in the body (jsdom does not fetch it). */
function addTag(attrs: Record<string, string>, src = SRC) {
  const tag = document.createElement('script');
  tag.setAttribute('src', src);
  for (const [name, value] of Object.entries(attrs)) tag.setAttribute(name, value);
  tag.async = true;
  document.body.append(tag);
  return tag;
}

/** Execute embed.js as if `current` were the running script (null: an old browser). */
function run(current: HTMLScriptElement | null) {
  const spy = vi.spyOn(document, 'currentScript', 'get').mockReturnValue(current);
  try {
    new Function(CODE)();
  } finally {
    spy.mockRestore();
  }
}

function frameAfter(tag: HTMLScriptElement) {
  const next = tag.nextElementSibling;
  expect(next?.tagName).toBe('IFRAME');
  return next as HTMLIFrameElement;
}

function post(data: unknown, { source, origin }: { source: Window | null; origin: string }) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
}

beforeEach(() => {
  document.body.replaceChildren();
  // A fresh page: forget the previous test's registry (its listener stays but has no frames).
  delete globalWindow.__portalEmbed;
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('embed.js', () => {
  it('titles each frame with the name the widget itself shows', () => {
    for (const widget of WIDGETS) {
      const tag = addTag({ 'data-widget': widget });
      run(tag);
      expect(frameAfter(tag).title).toBe(WIDGET_TITLES[widget]);
    }
  });

  it('puts an iframe of the widget URL right after its own tag', () => {
    const before = document.createElement('p');
    document.body.append(before);
    const tag = addTag({
      'data-widget': 'latest',
      'data-category': 'cai-cach',
      'data-limit': '3',
      'data-theme-color': '#0b5394',
    });
    document.body.append(document.createElement('footer'));
    run(tag);
    const iframe = frameAfter(tag);
    expect(iframe.src).toBe(
      `${PORTAL}/portal/embed/latest?category=cai-cach&limit=3&theme=%230b5394`,
    );
    expect(iframe.title).toBe('Tin mới nhất – cai-cach');
    expect(iframe.getAttribute('loading')).toBe('lazy');
    expect(iframe.style.borderWidth === '0px' || iframe.style.border.startsWith('0')).toBe(true);
    expect(iframe.style.width).toBe('100%');
    expect(iframe.style.display).toBe('block');
    expect(iframe.style.height).toBe('300px');
    expect(document.querySelectorAll('iframe')).toHaveLength(1);
  });

  it('builds the contacts and calendar URLs and titles; data-title overrides', () => {
    const contacts = addTag({ 'data-widget': 'contacts', 'data-group': 'phuong-mot' });
    run(contacts);
    expect(frameAfter(contacts).src).toBe(`${PORTAL}/portal/embed/contacts?group=phuong-mot`);
    expect(frameAfter(contacts).title).toBe('Danh bạ đường dây nóng – phuong-mot');

    const calendar = addTag({ 'data-widget': 'calendar', 'data-category': 'ignored' });
    run(calendar);
    expect(frameAfter(calendar).src).toBe(`${PORTAL}/portal/embed/calendar`);
    expect(frameAfter(calendar).title).toBe('Xem bài viết theo ngày');

    const titled = addTag({ 'data-widget': 'contacts', 'data-title': 'Đường dây nóng của quận' });
    run(titled);
    expect(frameAfter(titled).title).toBe('Đường dây nóng của quận');
    expect(frameAfter(titled).src).toBe(`${PORTAL}/portal/embed/contacts`);
  });

  it('takes the portal base from its own src (root deploy, query string)', () => {
    const tag = addTag({ 'data-widget': 'latest' }, 'https://cong.example.vn/embed.js?v=2');
    run(tag);
    expect(frameAfter(tag).src).toBe('https://cong.example.vn/embed/latest');
  });

  it('encodes attribute values into the URL', () => {
    const tag = addTag({ 'data-widget': 'latest', 'data-category': 'a&b=c #x' });
    run(tag);
    expect(frameAfter(tag).src).toBe(`${PORTAL}/portal/embed/latest?category=a%26b%3Dc%20%23x`);
  });

  it('does nothing for an unknown widget', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const tag = addTag({ 'data-widget': 'weather' });
    run(tag);
    expect(document.querySelector('iframe')).toBeNull();
  });

  it('applies a resize only from its own iframe and the portal origin', () => {
    const tag = addTag({ 'data-widget': 'latest' });
    run(tag);
    const iframe = frameAfter(tag);
    const own = iframe.contentWindow;
    expect(own).not.toBeNull();
    const other = document.createElement('iframe');
    document.body.append(other);

    const resize = (height: unknown) => ({ type: 'portal:resize', height });
    // Forged: the host page itself, another frame, the right frame from a wrong origin.
    post(resize(111), { source: window, origin: PORTAL });
    post(resize(112), { source: other.contentWindow, origin: PORTAL });
    post(resize(113), { source: own, origin: 'https://evil.example' });
    post(resize(114), { source: own, origin: 'http://portal.example.gov.vn' });
    post(resize(115), { source: null, origin: PORTAL });
    // Right sender, wrong message.
    post({ type: 'other', height: 116 }, { source: own, origin: PORTAL });
    post(resize('117'), { source: own, origin: PORTAL });
    post(resize(Number.NaN), { source: own, origin: PORTAL });
    post(resize(Number.POSITIVE_INFINITY), { source: own, origin: PORTAL });
    post('portal:resize', { source: own, origin: PORTAL });
    post(null, { source: own, origin: PORTAL });
    expect(iframe.style.height).toBe('300px');

    post(resize(421.4), { source: own, origin: PORTAL });
    expect(iframe.style.height).toBe('421px');
    post(resize(999_999), { source: own, origin: PORTAL });
    expect(iframe.style.height).toBe('20000px');
    post(resize(-50), { source: own, origin: PORTAL });
    expect(iframe.style.height).toBe('0px');
  });

  it('two widgets on one page: two iframes, each resized independently', () => {
    const first = addTag({ 'data-widget': 'latest', 'data-limit': '3' });
    const between = document.createElement('p');
    document.body.append(between);
    const second = addTag({ 'data-widget': 'contacts' });
    run(first);
    run(second);
    const a = frameAfter(first);
    const b = frameAfter(second);
    expect(document.querySelectorAll('iframe')).toHaveLength(2);

    post({ type: 'portal:resize', height: 250 }, { source: a.contentWindow, origin: PORTAL });
    expect(a.style.height).toBe('250px');
    expect(b.style.height).toBe('300px');
    post({ type: 'portal:resize', height: 640 }, { source: b.contentWindow, origin: PORTAL });
    expect(a.style.height).toBe('250px');
    expect(b.style.height).toBe('640px');
  });

  it('without currentScript, each run takes the last unhandled embed.js tag', () => {
    addTag({ 'data-widget': 'latest' }, 'https://other.example/app.js');
    const first = addTag({ 'data-widget': 'latest' });
    const second = addTag({ 'data-widget': 'contacts' });
    run(null);
    expect(frameAfter(second).src).toBe(`${PORTAL}/portal/embed/contacts`);
    expect(first.nextElementSibling).toBe(second);
    run(null);
    expect(frameAfter(first).src).toBe(`${PORTAL}/portal/embed/latest`);
    run(null);
    expect(document.querySelectorAll('iframe')).toHaveLength(2);
  });

  it('adds one message listener however many times it runs', () => {
    const add = vi.spyOn(window, 'addEventListener');
    for (let i = 0; i < 3; i++) run(addTag({ 'data-widget': 'calendar' }));
    expect(add.mock.calls.filter(([type]) => type === 'message')).toHaveLength(1);
    expect(globalWindow.__portalEmbed?.frames).toHaveLength(3);
  });
});

describe('embed.js and the builder agree', () => {
  it.each<WidgetOptions>([
    { widget: 'latest', category: 'cai-cach', limit: 3, themeColor: '#0b5394' },
    { widget: 'latest' },
    { widget: 'contacts', group: 'phuong-ben-nghe' },
    { widget: 'calendar', themeColor: '#abc' },
  ])('the builder’s snippet loads the builder’s preview URL: %o', (options) => {
    // The builder previews `embedPath` and hands out `embedSnippet`: the two must not drift.
    document.body.innerHTML = embedSnippet(options, SRC);
    const tag = document.querySelector('script') as HTMLScriptElement;
    run(tag);
    expect(frameAfter(tag).src).toBe(`${PORTAL}/portal${embedPath(options)}`);
  });
});

describe('a widget that cannot start (issue #22)', () => {
  it('gets a plain link to the portal after 10 s without a word from it', () => {
    vi.useFakeTimers();
    try {
      const tag = addTag({ 'data-widget': 'latest' });
      run(tag);
      const frame = frameAfter(tag);
      vi.advanceTimersByTime(9_000);
      expect(frame.nextElementSibling).toBeNull();
      vi.advanceTimersByTime(1_000);
      const link = frame.nextElementSibling?.querySelector('a');
      expect(link?.getAttribute('href')).toBe(`${PORTAL}/portal/`);
      expect(link?.textContent).toBe('Cổng thông tin quận');
      // It starts after all (a slow phone): the link goes.
      post({ type: 'portal:resize', height: 200 }, { source: frame.contentWindow, origin: PORTAL });
      expect(frame.nextElementSibling).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('gets no link when it reports in time', () => {
    vi.useFakeTimers();
    try {
      const tag = addTag({ 'data-widget': 'latest' });
      run(tag);
      const frame = frameAfter(tag);
      post({ type: 'portal:resize', height: 200 }, { source: frame.contentWindow, origin: PORTAL });
      vi.advanceTimersByTime(20_000);
      expect(frame.nextElementSibling).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
