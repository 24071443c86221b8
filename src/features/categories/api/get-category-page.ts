import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchJson } from '../../../shared/api/fetch-json';
import { portalKeys } from '../../../shared/api/query-keys';
import { CategoryPageDocument } from '../../../shared/contract/category-page';
import * as files from '../../../shared/urls/data-files';

export type { CategoryPage } from '../../../shared/contract/category-page';

export const getCategoryPage = (slug: string, page: number, signal?: AbortSignal) =>
  fetchJson(files.categoryPage(slug, page), CategoryPageDocument, signal);

export const categoryPageQueryOptions = (slug: string, page: number) =>
  queryOptions({
    queryKey: portalKeys.categoryPage(slug, page),
    queryFn: ({ signal }) => getCategoryPage(slug, page, signal),
    staleTime: 60_000,
  });

export const useCategoryPage = (slug: string, page: number) =>
  useQuery(categoryPageQueryOptions(slug, page));
