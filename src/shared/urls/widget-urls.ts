import { WIDGET_PREFIX } from './app-urls.ts';

/** A widget's page (`latest`, `contacts`, `calendar`) below the base, with its options' query. */
export const widget = (name: string, query = '') =>
  `/${WIDGET_PREFIX}/${name}${query && `?${query}`}`;
