import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ContactsDocument } from './documents';
import { ArticleSummary, IsoDateTime } from './primitives';

describe('dates that do not exist', () => {
  it.each([
    '2007-02-30T10:00:00+07:00',
    '2007-13-01T10:00:00+07:00',
    '2007-12-10T24:00:00+07:00',
    '2007-12-10T10:60:00Z',
    '2007-12-10T10:00:00+25:00',
    '0000-01-01T00:00:00Z',
  ])('%s is not an instant', (value) => {
    expect(v.safeParse(IsoDateTime, value).success).toBe(false);
  });

  it.each(['2008-02-29T10:00:00+07:00', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59.5+07:00'])(
    '%s is one',
    (value) => {
      expect(v.safeParse(IsoDateTime, value).success).toBe(true);
    },
  );

  it('leaves out an article summary published on 30 February', () => {
    const summary = {
      id: 'a',
      title: 'T',
      category: 'c',
      publishedAt: '2007-02-30T10:00:00+07:00',
    };
    expect(v.safeParse(ArticleSummary, summary).success).toBe(false);
  });

  it('drops a contacts updatedAt of 30 February, keeping the directory', () => {
    const out = v.parse(ContactsDocument, { updatedAt: '2007-02-30', groups: [] });
    expect(out.updatedAt).toBeUndefined();
    expect(v.parse(ContactsDocument, { updatedAt: '2008-02-29', groups: [] }).updatedAt).toBe(
      '2008-02-29',
    );
  });
});
