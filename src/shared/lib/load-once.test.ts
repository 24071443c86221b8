import { describe, expect, it } from 'vitest';
import { loadOnce } from './load-once';

describe('loadOnce', () => {
  it('downloads once for every caller and remembers what came', async () => {
    let downloads = 0;
    const code = loadOnce(async () => ++downloads);
    expect(code.loaded()).toBeUndefined();
    expect(await Promise.all([code(), code()])).toEqual([1, 1]);
    expect(await code()).toBe(1);
    expect(code.loaded()).toBe(1);
    expect(downloads).toBe(1);
  });

  it('forgets a failed download, so the next attempt downloads again', async () => {
    let attempts = 0;
    const code = loadOnce(async () => {
      attempts++;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return 'popup';
    });
    await expect(code()).rejects.toThrow('Failed to fetch');
    expect(code.loaded()).toBeUndefined();
    expect(await code()).toBe('popup');
    expect(attempts).toBe(2);
  });

  it('keeps a failed stylesheet’s failure: Vite would not fetch it again, only a reload does', async () => {
    let attempts = 0;
    const code = loadOnce(async () => {
      attempts++;
      throw new Error('Unable to preload CSS for /assets/CalendarPopup-x.css');
    });
    await expect(code()).rejects.toThrow('preload CSS');
    await expect(code()).rejects.toThrow('preload CSS');
    expect(attempts).toBe(1);
  });
});
