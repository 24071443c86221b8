import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ArticleDocument, CategoriesDocument, ContactsDocument, SiteDocument } from './documents';

const article = {
  id: 'bai-1',
  title: 'Bài một',
  publishedAt: '2007-12-10T08:00:00+07:00',
  category: 'tin-tuc',
  body: '<p>Nội dung</p>',
};

describe('lenient optional fields: a malformed one is dropped, the record kept', () => {
  it('site.json keeps its name and zone when address and website are not strings', () => {
    const site = v.parse(SiteDocument, {
      name: 'Quận Mẫu',
      timeZone: 'Asia/Ho_Chi_Minh',
      address: 42,
      website: { url: 'x' },
    });
    expect(site).toEqual({ name: 'Quận Mẫu', shortName: '', timeZone: 'Asia/Ho_Chi_Minh' });
  });

  it('site.json takes a logo (an Image) and drops a malformed one, keeping the rest', () => {
    const base = { name: 'Quận Mẫu', timeZone: 'Asia/Ho_Chi_Minh', address: '1 Đường Thử' };
    const logo = { src: '/images/emblem.svg', alt: 'Biểu trưng', width: 120, height: 120 };
    expect(v.parse(SiteDocument, { ...base, logo }).logo).toEqual(logo);
    expect(v.parse(SiteDocument, { ...base, logo: { src: '/a.png' } }).logo).toEqual({
      src: '/a.png',
      alt: '',
    });
    for (const bad of ['/a.png', { alt: 'x' }, { src: 'javascript:alert(1)', alt: 'x' }, [logo]]) {
      const site = v.parse(SiteDocument, { ...base, logo: bad });
      expect(site).toEqual({ ...base, shortName: '' });
    }
  });

  it('a category with a bad description or a negative count is still listed', () => {
    const { categories } = v.parse(CategoriesDocument, {
      categories: [
        { slug: 'tin-tuc', name: 'Tin tức', parent: null, description: ['x'], articleCount: -3 },
      ],
    });
    expect(categories).toEqual([{ slug: 'tin-tuc', name: 'Tin tức', parent: null }]);
  });

  it('an article keeps its body when author, updatedAt, images or related are malformed', () => {
    const parsed = v.parse(ArticleDocument, {
      ...article,
      author: 7,
      updatedAt: 'hôm qua',
      images: 'none',
      related: [{ id: 'bai-2' }, { ...article, id: 'bai-3', body: undefined }],
      thumbnail: { src: 'javascript:alert(1)', alt: '' },
    });
    expect(parsed.body).toBe('<p>Nội dung</p>');
    expect(parsed.author).toBeUndefined();
    expect(parsed.updatedAt).toBeUndefined();
    expect(parsed.thumbnail).toBeUndefined();
    expect(parsed.images).toEqual([]);
    // One malformed related item is left out, the valid one kept.
    expect(parsed.related?.map((r) => r.id)).toEqual(['bai-3']);
  });

  it('a contact with broken optional fields and one bad phone keeps the rest', () => {
    const doc = v.parse(ContactsDocument, {
      updatedAt: '10/12/2007',
      groups: [
        {
          id: 'quan',
          name: 'Quận',
          kind: 'district',
          contacts: [
            {
              id: 'truc-ban',
              name: 'Trực ban',
              role: null,
              hours: 8,
              phones: [{ label: 'Bàn', number: '08.8291913' }, { label: 'x' }],
            },
          ],
        },
      ],
    });
    expect(doc.updatedAt).toBeUndefined();
    const contact = doc.groups[0]?.contacts[0];
    expect(contact).toMatchObject({ id: 'truc-ban', name: 'Trực ban', emails: [] });
    expect(contact?.role).toBeUndefined();
    expect(contact?.hours).toBeUndefined();
    expect(contact?.phones).toEqual([{ label: 'Bàn', number: '08.8291913' }]);
  });
});

describe('required fields', () => {
  it('a list item missing one is left out; the document stands', () => {
    const { categories } = v.parse(CategoriesDocument, {
      categories: [
        { slug: 'tin-tuc', name: 'Tin tức', parent: null },
        { slug: 'Không Hợp Lệ', name: 'Sai định danh', parent: null },
        { slug: 'khong-ten', parent: null },
        'not an object',
      ],
    });
    expect(categories.map((c) => c.slug)).toEqual(['tin-tuc']);
  });

  it('a list that is not a list makes the document invalid', () => {
    expect(v.safeParse(CategoriesDocument, { categories: {} }).success).toBe(false);
  });

  it('a site without a valid zone is invalid: no date could be shown right', () => {
    expect(v.safeParse(SiteDocument, { name: 'Quận', timeZone: 'Mars/Olympus' }).success).toBe(
      false,
    );
  });
});

describe('a category’s parent', () => {
  it('is null (a root) when missing or not a slug, never a path', () => {
    const { categories } = v.parse(CategoriesDocument, {
      categories: [
        { slug: 'a', name: 'A' },
        { slug: 'b', name: 'B', parent: '../a' },
        { slug: 'c', name: 'C', parent: 5 },
        { slug: 'd', name: 'D', parent: 'a' },
      ],
    });
    expect(categories.map((c) => [c.slug, c.parent])).toEqual([
      ['a', null],
      ['b', null],
      ['c', null],
      ['d', 'a'],
    ]);
  });
});
