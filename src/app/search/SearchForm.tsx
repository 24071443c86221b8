import type { FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Category, CategoryTree } from '../../features/categories/api/get-categories';
import { prepareQuery } from '../../features/search/api/engine';
import { usePrefetchSearch } from '../../features/search/api/use-search';
import {
  PAGE_SIZE,
  readSearchParams,
  type SearchParams,
  searchHref,
} from '../../features/search/lib/params';
import { toEngineText } from '../../shared/search/vi-text';
import * as urls from '../../shared/urls/app-urls';
import { withBase } from '../../shared/urls/with-base';

/** The category tree as a flat list of options, children indented under their parent. */
function options(tree: CategoryTree | undefined): { category: Category; depth: number }[] {
  if (!tree) return [];
  const out: { category: Category; depth: number }[] = [];
  const seen = new Set<string>();
  const walk = (category: Category, depth: number) => {
    if (seen.has(category.slug)) return;
    seen.add(category.slug);
    out.push({ category, depth });
    for (const child of tree.childrenOf(category.slug)) walk(child, depth + 1);
  };
  for (const root of tree.roots) walk(root, 0);
  return out;
}

/** The form's values as the search page will read them back from the URL it submits. */
function formSearch(form: HTMLFormElement): { href: string; params: SearchParams | null } {
  const values = new FormData(form);
  const href = searchHref({
    q: String(values.get('q') ?? '').trim(),
    category: String(values.get('category') ?? '') || null,
    sort: values.get('sort') === 'newest' ? 'newest' : 'relevance',
    page: 1,
  });
  return { href, params: readSearchParams(new URL(href, 'http://x').searchParams) };
}

/** The search the form would run if submitted now, prepared ahead while the reader types. */
function prepare(event: FormEvent<HTMLFormElement>) {
  const { params } = formSearch(event.currentTarget);
  if (!params) return;
  prepareQuery({
    query: toEngineText(params.q),
    category: params.category,
    newest: params.sort === 'newest',
    page: 1,
    pageSize: PAGE_SIZE,
  });
}

/** Words, category and order; submitting starts again at page 1. A GET form without JS too. */
export function SearchForm({ params, tree }: { params: SearchParams; tree?: CategoryTree }) {
  const navigate = useNavigate();
  const prefetch = usePrefetchSearch();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitted = formSearch(event.currentTarget);
    // Started here, the search runs while React renders "Đang tìm…" for the new URL.
    if (submitted.params) prefetch(submitted.params);
    navigate(submitted.href);
  };
  // Keyed by the URL's values so that Back/Forward show what the URL says.
  const key = `${params.q}|${params.category}|${params.sort}`;
  return (
    <form
      key={key}
      className="search-form"
      action={withBase(urls.search())}
      method="get"
      onSubmit={submit}
      onChange={prepare}
    >
      <div className="search-form__field search-form__field--q">
        <label htmlFor="search-q">Từ khoá</label>
        <input id="search-q" name="q" type="text" defaultValue={params.q} autoComplete="off" />
      </div>
      <div className="search-form__field">
        <label htmlFor="search-category">Chuyên mục</label>
        <select id="search-category" name="category" defaultValue={params.category ?? ''}>
          <option value="">Tất cả chuyên mục</option>
          {options(tree).map(({ category, depth }) => (
            <option key={category.slug} value={category.slug}>
              {'\u00a0\u00a0\u00a0'.repeat(depth)}
              {category.name}
            </option>
          ))}
        </select>
      </div>
      <div className="search-form__field">
        <label htmlFor="search-sort">Sắp xếp</label>
        <select id="search-sort" name="sort" defaultValue={params.sort}>
          <option value="relevance">Phù hợp nhất</option>
          <option value="newest">Mới nhất trước</option>
        </select>
      </div>
      <button type="submit" className="button">
        Tìm
      </button>
    </form>
  );
}
