// What a host reading a `_headers` file sends for a URL, by the contract's reading of that
// format (CONTRACT.md §7): every matching rule applies, top to bottom; a header set twice is
// joined with ", "; `! Name` removes one set by an earlier rule. `*` matches anything, `:name`
// one segment. Written apart from deploy/headers.ts on purpose: it checks what nginx sends.

const patternRegex = (pattern) =>
  new RegExp(
    `^${pattern
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/:[A-Za-z]+/g, '[^/]+')}$`,
  );

/** `{ name (lower case): value }` for `urlPath` (no query string). */
export function headersFor(file, urlPath) {
  const out = {};
  let applies = false;
  for (const line of file.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!/^\s/.test(line)) {
      applies = patternRegex(line.trim()).test(urlPath);
      continue;
    }
    if (!applies) continue;
    const text = line.trim();
    if (text.startsWith('! ')) delete out[text.slice(2).toLowerCase()];
    else {
      const at = text.indexOf(':');
      const name = text.slice(0, at).toLowerCase();
      const value = text.slice(at + 1).trim();
      out[name] = out[name] ? `${out[name]}, ${value}` : value;
    }
  }
  return out;
}
