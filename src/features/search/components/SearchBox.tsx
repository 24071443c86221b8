import './search-box.css';
// The results page's few rules ride in the main stylesheet too: a CSS file of its own would add
// its name to the first-load JS's chunk map, which has no bytes to spare.
import './search.css';
import * as urls from '../../../shared/urls/app-urls';
import { withBase } from '../../../shared/urls/with-base';

/**
 * The header's search box (CONTRACT.md §4): a plain GET form to /search, which works as a URL
 * with or without JavaScript. Every page carries it in its first load, which is held to a
 * budget (docs/performance.md), so it is as small as it can be: no
 * client-side submit handler (the reload costs one HTML request; the app's files are cached)
 * and no search code — /search loads the engine.
 */
// A constant element rather than a component: it has no props or state, and the bytes of a
// function and its call are worth saving here.
export const searchBox = (
  // biome-ignore lint/a11y/useSemanticElements: the contract names role="search"; <search> is too new for some readers' browsers
  <form role="search" action={withBase(urls.search())}>
    {/* type text (the default), not search: the contract asks for a text box. Named by
          aria-label rather than a hidden <label>: the same name for a few bytes less. */}
    <input name="q" aria-label="Tìm kiếm" placeholder="Tìm bài viết…" />
    {/* biome-ignore lint/a11y/useButtonType: a form's button submits by default; the bytes count */}
    <button>Tìm</button>
  </form>
);
