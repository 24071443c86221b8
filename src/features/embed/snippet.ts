import { escapeHtml } from '../../shared/html/escape';
import { widget } from '../../shared/urls/widget-urls';
import { parseHexColor } from './theme';

export const WIDGETS = ['latest', 'contacts', 'calendar'] as const;
export type WidgetKind = (typeof WIDGETS)[number];

/** Each widget's name: its heading, its tab title, the builder's choice (embed.js, plain JS
 * served as is, repeats them for the iframe's title; test/unit/embed-js.test.ts compares). */
export const WIDGET_TITLES: Record<WidgetKind, string> = {
  latest: 'Tin mới nhất',
  contacts: 'Danh bạ đường dây nóng',
  calendar: 'Xem bài viết theo ngày',
};

export interface WidgetOptions {
  widget: WidgetKind;
  /** latest: one category's slug; empty for all. */
  category?: string;
  /** latest: 1–20. */
  limit?: number;
  /** contacts: one group's id; empty for all. */
  group?: string;
  /** Any string; only a hex colour makes it into the snippet. */
  themeColor?: string;
}

/** The `data-*` attributes a ward's `<script>` tag carries, in a stable order. */
export function widgetAttributes(options: WidgetOptions): [string, string][] {
  const attrs: [string, string][] = [['data-widget', options.widget]];
  if (options.widget === 'latest') {
    if (options.category) attrs.push(['data-category', options.category]);
    if (options.limit !== undefined) attrs.push(['data-limit', String(options.limit)]);
  }
  if (options.widget === 'contacts' && options.group) attrs.push(['data-group', options.group]);
  const color = parseHexColor(options.themeColor);
  if (color) attrs.push(['data-theme-color', color]);
  return attrs;
}

/**
 * The iframe's address below the portal's base, built exactly as `public/embed.js` builds it
 * (test/unit/embed-js.test.ts compares): `/embed/latest?category=…&limit=…&theme=%23…`.
 */
export function embedPath(options: WidgetOptions): string {
  const params = new URLSearchParams();
  for (const [name, value] of widgetAttributes(options)) {
    if (name === 'data-category') params.set('category', value);
    if (name === 'data-limit') params.set('limit', value);
    if (name === 'data-group') params.set('group', value);
    if (name === 'data-theme-color') params.set('theme', value);
  }
  return widget(options.widget, params.toString());
}

/** The one tag a ward pastes into its page. `scriptUrl` is the absolute URL of embed.js. */
export function embedSnippet(options: WidgetOptions, scriptUrl: string): string {
  const attrs = widgetAttributes(options)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return `<script src="${escapeHtml(scriptUrl)}"${attrs} async></script>`;
}

/** Absolute URL of this portal's embed.js (its base URL + `embed.js`). */
export function portalScriptUrl(): string {
  return new URL(`${import.meta.env.BASE_URL}embed.js`, window.location.href).href;
}
