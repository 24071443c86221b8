import type { Contact, Contacts } from './api/get-contacts';

/** The district's own first dialable contact: what the footer and the home box show. */
export function districtHotline(contacts: Contacts): Contact | undefined {
  const district = contacts.groups.filter((g) => g.kind === 'district');
  for (const group of district.length ? district : contacts.groups) {
    const withPhone = group.contacts.find((c) => c.phones.length > 0);
    if (withPhone) return withPhone;
  }
  return undefined;
}
