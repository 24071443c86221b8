import type { DehydratedState } from '@tanstack/react-query';
import { portalKeys } from '../../shared/api/query-keys';
import * as files from '../../shared/urls/data-files';

/** A contract file as the offline cache keeps it: its path under the data base, its JSON. */
export interface CarriedFile {
  path: string;
  body: string;
}

const [ROOT] = portalKeys.all;

/**
 * The contract files a prerendered page carries in its state, rebuilt from the queries it was
 * drawn with: on the first visit the page came with its data and fetched none, so the service
 * worker gets them from here and the article just read opens offline — with no second request.
 * A query's data is its file as the app parsed it (valid by construction); the few fetchers that
 * reshape their file are turned back here. Derived queries (the hotlines) and files the page
 * drew as missing have no file.
 */
export function carriedFiles(state: DehydratedState): CarriedFile[] {
  const out: CarriedFile[] = [];
  for (const { queryKey, state: query } of state.queries ?? []) {
    if (query.status !== 'success' || queryKey[0] !== ROOT) continue;
    const file = asFile(queryKey.slice(1).map(String), query.data);
    if (file) out.push({ path: file[0], body: JSON.stringify(file[1]) });
  }
  return out;
}

function asFile(key: string[], data: unknown): [string, unknown] | null {
  const [kind, a = '', b = '', c = ''] = key;
  if (data === null || data === undefined) return null;
  if (kind === 'site' && key.length === 1) return [files.site(), data];
  if (kind === 'contacts' && key.length === 1) return [files.contacts(), data];
  if (kind === 'categories' && key.length === 1) return [files.categories(), { categories: data }];
  if (kind === 'categories' && b === 'page') return [files.categoryPage(a, c), data];
  if (kind === 'articles' && a) return [files.article(a), data];
  if (kind === 'archive' && a === 'index') return [files.archive('index'), { months: data }];
  // An empty month is how the app reads a missing month file: nothing to keep.
  if (kind === 'archive' && a === 'month' && Array.isArray(data) && data.length > 0) {
    return [files.archive(b), { month: b, days: data }];
  }
  if (kind === 'archive' && a === 'day') return [files.archive(b), data];
  return null;
}
