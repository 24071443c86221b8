export { escapeHtml } from '../../src/shared/html/escape.ts';

/**
 * JSON inside a `<script>` element: `<` written as `\u003c`, so no `</script>` or `<!--` in
 * the data can end the element or change how it is parsed; U+2028/2029 escaped for old parsers.
 */
export function jsonInScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
