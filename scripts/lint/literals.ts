/**
 * The literal text of a JavaScript or TypeScript source — its strings, template literals (each
 * `${…}` as `{}`, its code scanned too) and regular expressions — with comments left out, each
 * with its line. A small scanner, not a parser: enough to look for hand-written paths.
 */
export interface Literal {
  text: string;
  line: number;
}

const REGEX_BEFORE = /(?:[(,=:[!&|?{};+\-*%<>~^]|\b(?:return|typeof|case|in|of|void))$|^$/;

export function literalsOf(source: string): Literal[] {
  const out: Literal[] = [];
  const lineAt = (i: number) => source.slice(0, i).split('\n').length;
  let last = ''; // the code before the current token, trimmed (to tell a regex from a division)

  /** Scans code from `i` until an unmatched `}` (inside `${…}`) or the end; returns its end. */
  function code(i: number, inTemplate: boolean): number {
    let depth = 0;
    while (i < source.length) {
      const c = source[i];
      const next = source[i + 1];
      if (c === '/' && next === '/') {
        i = source.indexOf('\n', i);
        if (i < 0) return source.length;
        continue;
      }
      if (c === '/' && next === '*') {
        i = source.indexOf('*/', i + 2);
        if (i < 0) return source.length;
        i += 2;
        continue;
      }
      if (c === "'" || c === '"') {
        const end = quoted(i, c);
        out.push({ text: source.slice(i + 1, end), line: lineAt(i) });
        last = 'x';
        i = end + 1;
        continue;
      }
      if (c === '`') {
        i = template(i);
        last = 'x';
        continue;
      }
      if (c === '/' && REGEX_BEFORE.test(last.slice(-6).trimEnd())) {
        const end = regex(i);
        // `\/` read as the slash it stands for: /^articles\// names `articles/`.
        out.push({ text: source.slice(i + 1, end).replaceAll('\\/', '/'), line: lineAt(i) });
        last = 'x';
        i = end + 1;
        continue;
      }
      if (c === '{') depth++;
      if (c === '}') {
        if (depth === 0 && inTemplate) return i;
        depth--;
      }
      if (!/\s/.test(c ?? '')) last = (last + c).slice(-8);
      i++;
    }
    return i;
  }

  function quoted(i: number, quote: string): number {
    let j = i + 1;
    while (j < source.length && source[j] !== quote && source[j] !== '\n') {
      j += source[j] === '\\' ? 2 : 1;
    }
    return j;
  }

  function regex(i: number): number {
    let j = i + 1;
    let inClass = false;
    while (j < source.length && source[j] !== '\n') {
      const c = source[j];
      if (c === '\\') j++;
      else if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      else if (c === '/' && !inClass) return j;
      j++;
    }
    return j;
  }

  /** A template literal from its opening backtick; returns the index after its closing one. */
  function template(i: number): number {
    const start = i;
    let text = '';
    let j = i + 1;
    while (j < source.length && source[j] !== '`') {
      if (source[j] === '\\') {
        text += source.slice(j, j + 2);
        j += 2;
      } else if (source[j] === '$' && source[j + 1] === '{') {
        text += '{}';
        last = '';
        j = code(j + 2, true) + 1;
      } else {
        text += source[j];
        j++;
      }
    }
    out.push({ text, line: lineAt(start) });
    return j + 1;
  }

  code(0, false);
  return out;
}
