import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchJson } from '../../../shared/api/fetch-json';
import { portalKeys } from '../../../shared/api/query-keys';
import { ContactsDocument } from '../../../shared/contract/contacts';
import * as files from '../../../shared/urls/data-files';

export type { Contact, ContactGroup, Contacts } from '../../../shared/contract/contacts';

export const getContacts = (signal?: AbortSignal) =>
  fetchJson(files.contacts(), ContactsDocument, signal);

export const contactsQueryOptions = () =>
  queryOptions({
    queryKey: portalKeys.contacts(),
    queryFn: ({ signal }) => getContacts(signal),
    staleTime: 5 * 60_000,
  });

export const useContacts = () => useQuery(contactsQueryOptions());
