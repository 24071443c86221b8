import { describe, expect, it } from 'vitest';
import { embedPath, embedSnippet } from './snippet';

const SRC = 'https://portal.example.gov.vn/portal/embed.js';

describe('embedSnippet', () => {
  it('writes one async script tag with the widget attributes', () => {
    expect(
      embedSnippet(
        { widget: 'latest', category: 'cai-cach', limit: 3, themeColor: '#0B5394' },
        SRC,
      ),
    ).toBe(
      '<script src="https://portal.example.gov.vn/portal/embed.js" data-widget="latest" data-category="cai-cach" data-limit="3" data-theme-color="#0b5394" async></script>',
    );
  });

  it('leaves out what does not apply to the widget and colours that are not hex', () => {
    expect(
      embedSnippet({ widget: 'contacts', category: 'x', limit: 3, themeColor: 'red' }, SRC),
    ).toBe(`<script src="${SRC}" data-widget="contacts" async></script>`);
    expect(embedSnippet({ widget: 'contacts', group: 'phuong-mot' }, SRC)).toBe(
      `<script src="${SRC}" data-widget="contacts" data-group="phuong-mot" async></script>`,
    );
    expect(embedSnippet({ widget: 'calendar', group: 'x' }, SRC)).toBe(
      `<script src="${SRC}" data-widget="calendar" async></script>`,
    );
  });

  it('escapes attribute values', () => {
    expect(embedSnippet({ widget: 'contacts', group: '"><x' }, SRC)).toContain(
      'data-group="&quot;&gt;&lt;x"',
    );
  });
});

describe('embedPath', () => {
  it('matches the URLs embed.js builds', () => {
    expect(
      embedPath({ widget: 'latest', category: 'cai-cach', limit: 3, themeColor: '#abc' }),
    ).toBe('/embed/latest?category=cai-cach&limit=3&theme=%23aabbcc');
    expect(embedPath({ widget: 'latest' })).toBe('/embed/latest');
    expect(embedPath({ widget: 'contacts', group: 'ubnd-quan' })).toBe(
      '/embed/contacts?group=ubnd-quan',
    );
    expect(embedPath({ widget: 'calendar' })).toBe('/embed/calendar');
  });
});
