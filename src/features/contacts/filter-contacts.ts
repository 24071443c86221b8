import type { ContactGroup } from './api/get-contacts';

const KIND_ORDER = { district: 0, department: 1, ward: 2 } as const;

/** Lower case without Vietnamese diacritics, so "ben nghe" finds "Bến Nghé". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** District first, then departments, then wards; within a kind, the data's order. */
export function orderGroups(groups: ContactGroup[]): ContactGroup[] {
  return groups
    .map((group, index) => ({ group, index }))
    .sort((a, b) => KIND_ORDER[a.group.kind] - KIND_ORDER[b.group.kind] || a.index - b.index)
    .map(({ group }) => group);
}

/** Groups whose name matches keep all contacts; otherwise only the contacts that match. */
export function filterGroups(groups: ContactGroup[], query: string): ContactGroup[] {
  const needle = foldText(query.trim());
  if (!needle) return groups;
  return groups.flatMap((group) => {
    if (foldText(group.name).includes(needle)) return [group];
    const contacts = group.contacts.filter((c) =>
      foldText(
        [c.name, c.role ?? '', c.address ?? '', ...c.phones.map((p) => p.number)].join(' '),
      ).includes(needle),
    );
    return contacts.length ? [{ ...group, contacts }] : [];
  });
}
