import { afterEach, describe, expect, it, vi } from 'vitest';
import { appUrl, openInTopWindow } from './open-archive-day';

describe('opening a page from a widget', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('builds the full URL of an app path under the base URL', () => {
    expect(appUrl('/archive/2007-12-10')).toBe(
      new URL('/archive/2007-12-10', window.location.href).href,
    );
  });

  it('navigates the top window, not the frame', () => {
    const assign = vi.fn();
    vi.spyOn(window, 'top', 'get').mockReturnValue({ location: { assign } } as unknown as Window);
    openInTopWindow('/archive/2007-12-10');
    expect(assign).toHaveBeenCalledWith(new URL('/archive/2007-12-10', window.location.href).href);
  });

  it('opens a new tab when the host page forbids top navigation', () => {
    const assign = vi.fn(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(window, 'top', 'get').mockReturnValue({ location: { assign } } as unknown as Window);
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    openInTopWindow('/archive/2007-12-10');
    expect(open).toHaveBeenCalledWith(
      new URL('/archive/2007-12-10', window.location.href).href,
      '_blank',
      'noopener',
    );
  });
});
