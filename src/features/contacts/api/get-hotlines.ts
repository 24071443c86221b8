import { queryOptions, useQuery } from '@tanstack/react-query';
import { portalKeys } from '../../../shared/api/query-keys';
import type { Contact } from '../../../shared/contract/contacts';
import { districtHotlines } from '../hotline';
import { contactsQueryOptions, getContacts } from './get-contacts';

/** What the layout draws of a contact: its name and its phones. */
export type Hotline = Pick<Contact, 'id' | 'name' | 'phones'>;

/** The home box's lines; the footer shows the first. */
export const HOTLINE_COUNT = 3;

/**
 * The district's hotlines, and nothing else of the directory: every page draws them (footer,
 * home box), so a prerendered page carries this query's data, never the whole `contacts.json`
 * (a 500-entry directory made each page ~170 kB heavier). Its own key, since `select` would
 * still cache the whole file. It reads the file (a preload in the shell), or the directory a
 * contacts page already has.
 */
export const hotlinesQueryOptions = () =>
  queryOptions({
    queryKey: portalKeys.hotlines(),
    queryFn: async ({ client, signal }): Promise<Hotline[]> => {
      const contacts =
        client.getQueryData(contactsQueryOptions().queryKey) ?? (await getContacts(signal));
      return districtHotlines(contacts, HOTLINE_COUNT).map(({ id, name, phones }) => ({
        id,
        name,
        phones,
      }));
    },
    staleTime: 5 * 60_000,
  });

export const useHotlines = () => useQuery(hotlinesQueryOptions());
