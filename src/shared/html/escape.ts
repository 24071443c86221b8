/**
 * `&`, `<`, `>`, `"` and `'` as entities: safe in HTML or XML text and in a quoted attribute
 * alike. The one escaper for markup written as text (the widgets' snippet, prerendered pages'
 * head, the sitemap, the feeds, which add XML's own rules on top).
 */
export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}
