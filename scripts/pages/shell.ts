import { drawShell } from './draw.ts';
import { PageWriter, type WriterOptions } from './page-writer.ts';

/** The `<noscript>` that ends the shell's `#root` region (`<!--shell--> … <!--/shell-->`). */
const NOSCRIPT = /(<!--shell-->[\s\S]*?<noscript>)[\s\S]*(<\/noscript><!--\/shell-->)/;

/** The shell without what `withNoScript` drew into it: the same for every run's data. */
export function shellKey(shell: string): string {
  return shell.replace(NOSCRIPT, (_, open: string, close: string) => open + close);
}

/**
 * `shell` with `markup` as the words for a reader without JavaScript. A `<noscript>` cannot
 * hold another (the first `</noscript>` would end it, and the rest would show with JavaScript
 * on), so any in `markup` is unwrapped: its text is for that same reader anyway.
 */
export function withNoScript(shell: string, markup: string): string {
  if (!NOSCRIPT.test(shell)) throw new Error('shell.html has no <noscript> at the end of #root');
  const flat = markup.replace(/<\/?noscript>/g, '');
  return shell.replace(NOSCRIPT, (_, open: string, close: string) => open + flat + close);
}

/**
 * The shell (`shell.html`: search, the embed builder, widgets; contract §6) drawn for a reader
 * without JavaScript: the portal's header and footer around `NeedsScriptPage` (categories, the
 * archive's newest day and month), in the `<noscript>` its `#root` already ends with. Inside
 * `<noscript>`, a browser running scripts shows none of it (a widget's frame never flashes the
 * portal's header) and the app starts with `createRoot`, which replaces it: nothing to
 * hydrate, so nothing to mismatch. No script and no style attribute: the CSP is unchanged.
 */
export async function drawnShell(options: WriterOptions): Promise<string> {
  const writer = await PageWriter.open(options);
  const drawn = await drawShell(writer.app, options.basename, writer.seed);
  drawn.client.clear();
  return withNoScript(options.shell, drawn.page.body);
}
