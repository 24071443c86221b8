/**
 * At most `max` characters (code points, so a Vietnamese letter or an emoji is never split),
 * cut at the last space when there is one in the second half, with "…" when shortened.
 */
export function excerpt(text: string, max = 300): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > cut.length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
