import { expect } from 'vitest';

/** Every http(s)/relative link in a widget must leave the frame; tel:/mailto: open an app. */
export function expectLinksLeaveFrame(container: HTMLElement, { allowNone = false } = {}) {
  const links = [...container.querySelectorAll('a[href]')];
  if (!allowNone) expect(links.length).toBeGreaterThan(0);
  for (const link of links) {
    const href = link.getAttribute('href') ?? '';
    if (/^(tel|mailto):/.test(href)) continue;
    expect(link, href).toHaveAttribute('target', '_top');
  }
}
