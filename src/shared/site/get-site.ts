import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchJson } from '../api/fetch-json';
import { portalKeys } from '../api/query-keys';
import { SiteDocument } from '../contract/site';
import * as files from '../urls/data-files';

export type { Site } from '../contract/site';

export const getSite = (signal?: AbortSignal) => fetchJson(files.site(), SiteDocument, signal);

export const siteQueryOptions = () =>
  queryOptions({
    queryKey: portalKeys.site(),
    // The layout and the page both watch this query: one failure, one message, one retry
    // button, rather than a silent second request when the page mounts.
    retryOnMount: false,
    queryFn: ({ signal }) => getSite(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useSiteQuery = () => useQuery(siteQueryOptions());
