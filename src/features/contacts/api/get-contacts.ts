import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchJson } from '../../../shared/api/fetch-json';
import { portalKeys } from '../../../shared/api/query-keys';
import { ContactsDocument } from '../../../shared/contract/contacts';

export type { Contact, ContactGroup, Contacts } from '../../../shared/contract/contacts';

export const getContacts = (signal?: AbortSignal) =>
  fetchJson('contacts.json', ContactsDocument, signal);

export const contactsQueryOptions = () =>
  queryOptions({
    queryKey: portalKeys.contacts(),
    queryFn: ({ signal }) => getContacts(signal),
    staleTime: 5 * 60_000,
  });

export const useContacts = () => useQuery(contactsQueryOptions());
