// @vitest-environment node
import type { HtmlTagDescriptor, ResolvedConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { feedLink } from './feed-link';

function hrefFor(config: { base: string; env: Record<string, string> }): string {
  const plugin = feedLink();
  (plugin.configResolved as (c: ResolvedConfig) => void)(config as unknown as ResolvedConfig);
  const tags = (plugin.transformIndexHtml as () => HtmlTagDescriptor[])();
  expect(tags[0]?.attrs).toMatchObject({ rel: 'alternate', type: 'application/atom+xml' });
  return String(tags[0]?.attrs?.href);
}

describe('index.html announces the site feed where the data is', () => {
  it('under the base path, or at VITE_API_BASE', () => {
    expect(hrefFor({ base: '/', env: {} })).toBe('/api/feeds/all.xml');
    expect(hrefFor({ base: '/portal/', env: {} })).toBe('/portal/api/feeds/all.xml');
    expect(hrefFor({ base: '/', env: { VITE_API_BASE: 'https://cdn.example.vn/du-lieu' } })).toBe(
      'https://cdn.example.vn/du-lieu/feeds/all.xml',
    );
  });
});
