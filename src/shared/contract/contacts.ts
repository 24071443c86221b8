/** contacts.json (contract §1): the directory. */
import * as v from 'valibot';
import { IsoDate, lenient, listOf, Slug } from './primitives';
import { Text } from './text';

const Phone = v.object({ label: v.fallback(v.string(), ''), number: v.string() });

export const Contact = v.object({
  id: Slug,
  name: Text,
  role: lenient(v.string()),
  phones: v.fallback(listOf(Phone), []),
  emails: v.fallback(listOf(v.string()), []),
  mailbox: lenient(v.string()),
  address: lenient(v.string()),
  hours: lenient(v.string()),
});
export type Contact = v.InferOutput<typeof Contact>;

export const ContactGroup = v.object({
  id: Slug,
  name: Text,
  kind: v.picklist(['district', 'department', 'ward']),
  contacts: listOf(Contact),
});
export type ContactGroup = v.InferOutput<typeof ContactGroup>;

export const ContactsDocument = v.object({
  updatedAt: lenient(IsoDate),
  groups: listOf(ContactGroup),
});
export type Contacts = v.InferOutput<typeof ContactsDocument>;
