// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../../mocks/node';
import { renderApp } from '../../../test/utils/render-app';
import { SiteDocument } from '../contract/site';
import { fetchJson } from './fetch-json';
import { cachedFileCount, OfflineError } from './offline';

/** What sw/sw.ts answers for a file it has neither online nor saved. */
const notSaved = () =>
  HttpResponse.json({ error: 'offline' }, { status: 503, headers: { 'X-Portal-Offline': '1' } });

afterEach(() => vi.restoreAllMocks());

describe('what the service worker tells the app', () => {
  it('a file not saved offline is an OfflineError, not a server error', async () => {
    server.use(http.get('*/api/site.json', notSaved));
    await expect(fetchJson('site.json', SiteDocument)).rejects.toBeInstanceOf(OfflineError);
  });

  it('a failed request while the browser is offline is an OfflineError', async () => {
    server.use(http.get('*/api/site.json', () => HttpResponse.error()));
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await expect(fetchJson('site.json', SiteDocument)).rejects.toBeInstanceOf(OfflineError);
  });

  it('counts files shown from a saved copy until the network answers again', async () => {
    const site = await fetchJson('site.json', SiteDocument);
    server.use(
      http.get('*/api/site.json', () =>
        HttpResponse.json(site, {
          headers: { 'X-Portal-Cached': 'Mon, 10 Dec 2007 01:00:00 GMT' },
        }),
      ),
    );
    await fetchJson('site.json', SiteDocument);
    expect(cachedFileCount()).toBe(1);
    server.resetHandlers();
    await fetchJson('site.json', SiteDocument);
    expect(cachedFileCount()).toBe(0);
  });

  it('an unsaved article says so, with the way home and to the hotline', async () => {
    server.use(http.get('*/api/articles/:id', notSaved));
    renderApp('/articles/bai-bat-ky');
    const [alert] = await screen.findAllByRole('alert');
    expect(alert).toHaveTextContent('Bạn đang ngoại tuyến, bài này chưa được lưu trên máy.');
    const links = within(alert as HTMLElement).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Về trang chủ', '/'],
      ['Đường dây nóng', '/contacts'],
    ]);
  });
});
