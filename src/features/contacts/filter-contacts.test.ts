import { describe, expect, it } from 'vitest';
import type { ContactGroup } from './api/get-contacts';
import { filterGroups } from './filter-contacts';

const group = (name: string, contacts: string[]): ContactGroup => ({
  id: name.toLowerCase().replace(/\W+/g, '-'),
  name,
  kind: 'ward',
  contacts: contacts.map((contact, i) => ({ id: `c${i}`, name: contact, phones: [], emails: [] })),
});

const names = (groups: ContactGroup[]) => groups.flatMap((g) => g.contacts.map((c) => c.name));

describe('filterGroups folds Vietnamese as search does', () => {
  const groups = [
    group('Phường Bến Nghé', ['Trưởng công an']),
    group('Phòng Tư pháp', ['Ðinh Văn An', 'Lê Thị Hoa']),
  ];

  it('finds without marks, in any case, d for đ', () => {
    expect(names(filterGroups(groups, 'BEN NGHE'))).toEqual(['Trưởng công an']);
    expect(names(filterGroups(groups, 'le thi'))).toEqual(['Lê Thị Hoa']);
  });

  it('finds a name typed with Ð (U+00D0) by đ or d, and the other way round (issue #22)', () => {
    expect(names(filterGroups(groups, 'đinh'))).toEqual(['Ðinh Văn An']);
    expect(names(filterGroups(groups, 'dinh van'))).toEqual(['Ðinh Văn An']);
    const typedWithEth = [group('Phòng Tư pháp', ['Đinh Văn An'])];
    expect(names(filterGroups(typedWithEth, '\u00d0inh'))).toEqual(['Đinh Văn An']);
  });
});
