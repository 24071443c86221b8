import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles } from '../../mocks/fixtures';
import { serveFile } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import * as app from '../../src/entry-server';
import { drawPage } from './draw';
import { unfinishedDrawing } from './page-writer';

// The app as build:pages runs it, in this process; MSW serves the fixtures' files.
beforeAll(() => {
  app.setSanitiserWindow(new JSDOM('', { url: 'https://quan.example/' }).window as never);
});
const draw = (url: string) => drawPage(app, url, '/', undefined);

describe('a drawn page says whether the address has a page', () => {
  // build:pages writes no file for a page that says so (page-writer.ts), whatever its markup.
  it('an article the data does not have: not found', async () => {
    const { page } = await draw('/articles/bai-khong-co-trong-du-lieu');
    expect(page.body).toContain('Không tìm thấy trang');
    expect(page.head?.notFound).toBe(true);
  });

  it('an article the data has: a page', async () => {
    const { page } = await draw(`/articles/${articles[0]?.id}`);
    expect(page.head?.title).toBe(articles[0]?.title);
    expect(page.head?.notFound).toBeFalsy();
  });

  it('a page with a missing part: a page, which says what is missing', async () => {
    server.use(serveFile('contacts.json', { status: 404 }));
    const { page } = await draw('/contacts');
    expect(page.head?.notFound).toBeFalsy();
    expect(unfinishedDrawing(page.body)).toBeNull();
    expect(page.body).toContain('Chưa có');
  });

  it('a page whose data makes a component throw: says what threw', async () => {
    // As jsdom's parser does on a body nested tens of thousands deep (its stack runs out).
    class Overflowing {
      parseFromString(): Document {
        throw new RangeError('Maximum call stack size exceeded');
      }
    }
    const { window } = new JSDOM('', { url: 'https://quan.example/' });
    app.setSanitiserWindow(Object.assign(Object.create(window), { DOMParser: Overflowing }));
    try {
      // (Another article than above: the page keeps the body it cleaned last.)
      const { page } = await draw(`/articles/${articles[1]?.id}`);
      expect(page.errors).toEqual(['Maximum call stack size exceeded']);
    } finally {
      app.setSanitiserWindow(window as never);
    }
  });
});
