import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { serveFile } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { SiteDocument } from '../contract/site';
import { FetchFailedError, InvalidDataError, NotFoundError } from './errors';
import { fetchJson } from './fetch-json';

describe('fetchJson', () => {
  it('parses a valid document', async () => {
    await expect(fetchJson('site.json', SiteDocument)).resolves.toMatchObject({
      timeZone: 'Asia/Ho_Chi_Minh',
    });
  });

  it('treats 404 as not found', async () => {
    await expect(fetchJson('nope.json', SiteDocument)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('treats an HTML fallback page as missing, not as an error', async () => {
    server.use(serveFile('site.json', { text: '<!doctype html><html></html>' }));
    await expect(fetchJson('site.json', SiteDocument)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('calls a truncated JSON file broken data, not missing', async () => {
    server.use(
      http.get(
        '*/api/site.json',
        () =>
          new HttpResponse('{"name": "Quận", "timeZo', {
            headers: { 'Content-Type': 'application/json' },
          }),
      ),
    );
    const error = await fetchJson('site.json', SiteDocument).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidDataError);
    expect((error as InvalidDataError).detail).toContain('không phải JSON');
  });

  it('treats 500 as a retryable failure', async () => {
    server.use(serveFile('site.json', { status: 500 }));
    await expect(fetchJson('site.json', SiteDocument)).rejects.toBeInstanceOf(FetchFailedError);
  });

  it('names the field when a document breaks the contract', async () => {
    server.use(serveFile('site.json', { name: 'X', timeZone: 'Mars/Olympus' }));
    const error = await fetchJson('site.json', SiteDocument).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidDataError);
    expect((error as InvalidDataError).detail).toContain('timeZone');
  });
});

describe('fetchJson and lone surrogates', () => {
  it('gives well-formed strings: a lone surrogate is U+FFFD, as in the drawn HTML', async () => {
    server.use(
      http.get(
        '*/api/site.json',
        () =>
          new HttpResponse(String.raw`{"name":"Quận \ud800 1","timeZone":"Asia/Ho_Chi_Minh"}`, {
            headers: { 'Content-Type': 'application/json' },
          }),
      ),
    );
    const site = await fetchJson('site.json', SiteDocument);
    expect(site.name).toBe('Quận \uFFFD 1');
  });
});

describe('fetchJson and absurd sizes', () => {
  it('refuses a document larger than any contract file as faulty data', async () => {
    server.use(serveFile('site.json', { name: 'X', timeZone: 'UTC', padding: 'x'.repeat(9e6) }));
    const error = await fetchJson('site.json', SiteDocument).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidDataError);
  });
});
