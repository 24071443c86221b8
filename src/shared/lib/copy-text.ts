/**
 * Copies `text`: the Clipboard API first; where it is missing (a portal served over plain
 * http, an old browser) or refused, selects `shown` (the element showing the same text) and
 * tries the old `execCommand('copy')`. 'selected' means the reader must press Ctrl+C.
 */
export async function copyText(
  text: string,
  shown: HTMLElement | null,
): Promise<'copied' | 'selected'> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    // No clipboard API or permission refused: fall back below.
  }
  const selection = window.getSelection();
  if (shown && selection) {
    const range = document.createRange();
    range.selectNodeContents(shown);
    selection.removeAllRanges();
    selection.addRange(range);
    try {
      if (document.execCommand('copy')) return 'copied';
    } catch {
      // execCommand is gone or throws: the text stays selected for Ctrl+C.
    }
  }
  return 'selected';
}
