import { readFileSync } from "node:fs";

export interface FontMetrics {
  /** The glyph index of a code point; 0 (".notdef") when the font lacks it. */
  glyph(codePoint: number): number;
  /** Advance width in em. */
  advance(codePoint: number): number;
}

/**
 * Glyphs and advance widths of a TrueType font's characters, read from its cmap (format 4) and hmtx
 * tables. Headless vega has no canvas to measure text and guesses 0.8 em per character, which
 * mislays legends and labels; with the real widths of the font resvg draws with, layout is exact.
 */
export function fontMetrics(ttf: Buffer): FontMetrics {
  const tables = new Map<string, number>();
  const numTables = ttf.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    tables.set(ttf.toString("latin1", rec, rec + 4), ttf.readUInt32BE(rec + 8));
  }
  const table = (tag: string) => {
    const at = tables.get(tag);
    if (at === undefined) throw new Error(`font has no ${tag} table`);
    return at;
  };
  const unitsPerEm = ttf.readUInt16BE(table("head") + 18);
  const numberOfHMetrics = ttf.readUInt16BE(table("hhea") + 34);
  const hmtx = table("hmtx");
  const glyphAdvance = (glyph: number) =>
    ttf.readUInt16BE(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1)) / unitsPerEm;

  // The Windows Unicode BMP subtable (platform 3, encoding 1), format 4: segments of code points.
  const cmap = table("cmap");
  let sub = -1;
  for (let i = 0; i < ttf.readUInt16BE(cmap + 2); i++) {
    const rec = cmap + 4 + i * 8;
    if (ttf.readUInt16BE(rec) === 3 && ttf.readUInt16BE(rec + 2) === 1)
      sub = cmap + ttf.readUInt32BE(rec + 4);
  }
  if (sub < 0 || ttf.readUInt16BE(sub) !== 4) throw new Error("font has no Unicode BMP cmap (format 4)");
  const segX2 = ttf.readUInt16BE(sub + 6);
  const ends = sub + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;

  const glyphOf = (cp: number): number => {
    for (let s = 0; s < segX2; s += 2) {
      if (cp > ttf.readUInt16BE(ends + s)) continue;
      const start = ttf.readUInt16BE(starts + s);
      if (cp < start) return 0;
      const delta = ttf.readUInt16BE(deltas + s);
      const ro = ttf.readUInt16BE(rangeOffsets + s);
      if (ro === 0) return (cp + delta) & 0xffff;
      const g = ttf.readUInt16BE(rangeOffsets + s + ro + 2 * (cp - start));
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
  const cache = new Map<number, number>();
  const advance = (cp: number) => {
    let w = cache.get(cp);
    if (w === undefined) {
      w = glyphAdvance(glyphOf(cp));
      cache.set(cp, w);
    }
    return w;
  };
  return { glyph: glyphOf, advance };
}

export type TextWidth = (text: string, fontSize: number, bold?: boolean) => number;

/** Width in pixels of a line of text, from the regular and bold faces' advance widths. */
export function textWidth(regular: Buffer, bold: Buffer): TextWidth {
  const faces = [fontMetrics(regular), fontMetrics(bold)] as const;
  return (text, fontSize, isBold = false) => {
    const face = faces[isBold ? 1 : 0];
    let w = 0;
    for (const ch of text) w += face.advance(ch.codePointAt(0) ?? 0);
    return w * fontSize;
  };
}

export function loadTextWidth(regularPath: string, boldPath: string): TextWidth {
  return textWidth(readFileSync(regularPath), readFileSync(boldPath));
}
