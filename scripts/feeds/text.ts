import { fitsIn, graphemePrefix } from '../../src/shared/lib/graphemes.ts';

/**
 * At most `max` characters (graphemes, so a Vietnamese letter with its marks or an emoji is
 * never split), cut at the last space when there is one in the second half, with "…" when
 * shortened.
 */
export function excerpt(text: string, max = 300): string {
  if (fitsIn(text, max, 'graphemes')) return text;
  const cut = graphemePrefix(text, max - 1, 'graphemes');
  const space = cut.lastIndexOf(' ');
  return `${(space > cut.length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
