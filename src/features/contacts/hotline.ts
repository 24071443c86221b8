import type { Contact, Contacts } from './api/get-contacts';

/**
 * The district's own dialable contacts (any group's when there is no district group), in data
 * order: the footer shows the first, the home box the first few.
 */
export function districtHotlines(contacts: Contacts, limit = 3): Contact[] {
  const district = contacts.groups.filter((g) => g.kind === 'district');
  const groups = district.length ? district : contacts.groups;
  return groups
    .flatMap((group) => group.contacts)
    .filter((c) => c.phones.length > 0)
    .slice(0, limit);
}
