import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchJson } from '../../../shared/api/fetch-json';
import { portalKeys } from '../../../shared/api/query-keys';
import { ArticleDocument } from '../../../shared/contract/article';
import * as files from '../../../shared/urls/data-files';

export type { Article } from '../../../shared/contract/article';

export const getArticle = (id: string, signal?: AbortSignal) =>
  fetchJson(files.article(id), ArticleDocument, signal);

export const articleQueryOptions = (id: string) =>
  queryOptions({
    queryKey: portalKeys.article(id),
    queryFn: ({ signal }) => getArticle(id, signal),
    staleTime: 5 * 60_000,
  });

export const useArticle = (id: string) => useQuery(articleQueryOptions(id));
