import { baseForm } from '../../shared/search/vi-text';
import type { Contact, ContactGroup } from './api/get-contacts';

const KIND_ORDER = { district: 0, department: 1, ward: 2 } as const;

/** Lower case without Vietnamese diacritics, so "ben nghe" finds "Bến Nghé": search's folding. */
const foldText = baseForm;

/** District first, then departments, then wards; within a kind, the data's order. */
export function orderGroups(groups: ContactGroup[]): ContactGroup[] {
  return groups
    .map((group, index) => ({ group, index }))
    .sort((a, b) => KIND_ORDER[a.group.kind] - KIND_ORDER[b.group.kind] || a.index - b.index)
    .map(({ group }) => group);
}

/**
 * Folded search keys, computed once per contacts document rather than on every keystroke:
 * with 10 000 contacts, folding each one per key press cost up to two seconds.
 */
export interface ContactIndex {
  group: ContactGroup;
  key: string;
  contacts: { contact: Contact; key: string }[];
}

export function indexGroups(groups: ContactGroup[]): ContactIndex[] {
  return groups.map((group) => ({
    group,
    key: foldText(group.name),
    contacts: group.contacts.map((c) => ({
      contact: c,
      key: foldText(
        [c.name, c.role ?? '', c.address ?? '', ...c.phones.map((p) => p.number)].join(' '),
      ),
    })),
  }));
}

/** Groups whose name matches keep all contacts; otherwise only the contacts that match. */
export function filterIndexed(index: ContactIndex[], query: string): ContactGroup[] {
  const needle = foldText(query.trim());
  if (!needle) return index.map((entry) => entry.group);
  return index.flatMap(({ group, key, contacts }) => {
    if (key.includes(needle)) return [group];
    const kept = contacts.filter((c) => c.key.includes(needle)).map((c) => c.contact);
    return kept.length ? [{ ...group, contacts: kept }] : [];
  });
}

/** A phone entry that holds a number at all (not "—" or "Đang cập nhật"). */
export const isDialable = (phone: { number: string }) => /\d/.test(phone.number);

/** The units that can be called: contacts without a number go, and groups left empty. */
export function withPhones(groups: ContactGroup[]): ContactGroup[] {
  return groups.flatMap((group) => {
    const kept = group.contacts.filter((c) => c.phones.some(isDialable));
    if (kept.length === group.contacts.length) return kept.length ? [group] : [];
    return kept.length ? [{ ...group, contacts: kept }] : [];
  });
}

export function filterGroups(groups: ContactGroup[], query: string): ContactGroup[] {
  return filterIndexed(indexGroups(groups), query);
}

/**
 * The first `budget` rows (a group heading or a contact counts one) of `groups`, and how many
 * contacts (and whole groups) are left out: what a page can draw at once without freezing a cheap phone.
 */
export function firstRows(
  groups: ContactGroup[],
  budget: number,
): { shown: ContactGroup[]; hidden: number; hiddenGroups: number } {
  const shown: ContactGroup[] = [];
  let left = budget;
  let hidden = 0;
  let hiddenGroups = 0;
  for (const group of groups) {
    if (left <= 0) {
      hidden += group.contacts.length;
      hiddenGroups += 1;
      continue;
    }
    left -= 1;
    const take = Math.min(left, group.contacts.length);
    left -= take;
    hidden += group.contacts.length - take;
    shown.push(
      take === group.contacts.length
        ? group
        : { ...group, contacts: group.contacts.slice(0, take) },
    );
  }
  return { shown, hidden, hiddenGroups };
}
