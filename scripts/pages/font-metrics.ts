/**
 * Advance widths from a TrueType/OpenType file, for fitting the site card's lines before
 * resvg draws them (an SVG `<text>` does not wrap). Reads `head`, `hhea`, `hmtx` and a
 * format 4 `cmap` subtable (the Basic Multilingual Plane: all the card's fonts cover).
 * Kerning is left out: it only ever tightens a line of these fonts, so a measured line never
 * comes out wider than drawn.
 */
export interface FontMetrics {
  /** The width of `text` at `size` px (characters the font lacks count as its `.notdef`). */
  width(text: string, size: number): number;
}

function tables(font: Buffer): Map<string, { offset: number; length: number }> {
  const found = new Map<string, { offset: number; length: number }>();
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    found.set(font.toString('latin1', at, at + 4), {
      offset: font.readUInt32BE(at + 8),
      length: font.readUInt32BE(at + 12),
    });
  }
  return found;
}

/** Character → glyph, from the Windows Unicode BMP subtable (3, 1) or Unicode (0, 3). */
function characterMap(font: Buffer, cmap: number): Map<number, number> {
  const map = new Map<number, number>();
  const count = font.readUInt16BE(cmap + 2);
  let sub = -1;
  for (let i = 0; i < count; i++) {
    const at = cmap + 4 + i * 8;
    const platform = font.readUInt16BE(at);
    const encoding = font.readUInt16BE(at + 2);
    const offset = cmap + font.readUInt32BE(at + 4);
    if (font.readUInt16BE(offset) !== 4) continue;
    if ((platform === 3 && encoding === 1) || (platform === 0 && sub < 0)) sub = offset;
  }
  if (sub < 0) throw new Error('font has no format 4 cmap');
  const segments = font.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = font.readUInt16BE(ends + s * 2);
    const start = font.readUInt16BE(starts + s * 2);
    const delta = font.readUInt16BE(deltas + s * 2);
    const rangeAt = rangeOffsets + s * 2;
    const range = font.readUInt16BE(rangeAt);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      let glyph: number;
      if (range === 0) glyph = (code + delta) & 0xffff;
      else {
        const raw = font.readUInt16BE(rangeAt + range + (code - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(code, glyph);
    }
  }
  return map;
}

export function fontMetrics(font: Buffer): FontMetrics {
  const table = tables(font);
  const need = (tag: string) => {
    const found = table.get(tag);
    if (!found) throw new Error(`font has no ${tag} table`);
    return found.offset;
  };
  const unitsPerEm = font.readUInt16BE(need('head') + 18);
  const metricsCount = font.readUInt16BE(need('hhea') + 34);
  const hmtx = need('hmtx');
  const advance = (glyph: number) =>
    font.readUInt16BE(hmtx + Math.min(glyph, metricsCount - 1) * 4);
  const glyphs = characterMap(font, need('cmap'));
  const cache = new Map<number, number>();
  const unitsOf = (code: number) => {
    let units = cache.get(code);
    if (units === undefined) {
      units = advance(glyphs.get(code) ?? 0);
      cache.set(code, units);
    }
    return units;
  };
  return {
    width(text, size) {
      let units = 0;
      for (const char of text.normalize('NFC')) {
        const code = char.codePointAt(0) ?? 0;
        // A combining mark sits on the letter before it and adds no width of its own.
        if (code >= 0x300 && code <= 0x36f) continue;
        units += unitsOf(code);
      }
      return (units * size) / unitsPerEm;
    },
  };
}
