/**
 * Text in any script for the PDF report: each run of characters is set in the first font of
 * a chain that has their glyphs, and a table is drawn cell by cell from such runs (pdfkit's
 * own table sets a cell in one font only).
 *
 * The chain: DejaVu Sans (Latin, Greek, Cyrillic, Armenian, Georgian, Hebrew, Arabic...), then
 * Noto Sans Devanagari and Noto Sans Tamil (shaped: conjuncts and vowel signs as they should
 * be), then UnifontEX, which has a glyph for nearly every character of Unicode's first plane
 * (Chinese, Japanese, Korean, the other Indic scripts, Thai, Ethiopic...) in a plain bitmap
 * style. All are OFL or DejaVu-licensed fonts from npm packages; pdfkit embeds each used font
 * as a subset of the glyphs drawn. The WOFF (not WOFF2) files are used, unwrapped into the
 * font files they hold (see sfntOfWoff): fontkit subsets WOFF2 glyphs without their outlines.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { inflateSync } from "node:zlib";

/** One font of the chain: where npm put it, and the bold face when there is one. */
const CHAIN = [
  {
    name: "dejavu",
    regular: "dejavu-fonts-ttf/ttf/DejaVuSans.ttf",
    bold: "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf",
  },
  {
    name: "devanagari",
    regular:
      "@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-400-normal.woff",
    bold: "@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-700-normal.woff",
  },
  {
    name: "tamil",
    regular: "@fontsource/noto-sans-tamil/files/noto-sans-tamil-tamil-400-normal.woff",
    bold: "@fontsource/noto-sans-tamil/files/noto-sans-tamil-tamil-700-normal.woff",
  },
  {
    name: "unifont",
    regular: "@fontsource/unifontex/files/unifontex-latin-400-normal.woff",
    bold: "@fontsource/unifontex/files/unifontex-latin-400-normal.woff",
  },
] as const;

export interface Run {
  readonly text: string;
  /** The registered font name: `dejavu`, `devanagari-bold`... */
  readonly font: string;
}

interface Face {
  hasGlyphForCodePoint(cp: number): boolean;
}

/** The subset of pdfkit's document this file draws with. */
export interface Doc {
  font(name: string): Doc;
  registerFont(name: string, src: string | Buffer): Doc;
  text(text: string, x?: number, y?: number, options?: object): Doc;
  text(text: string, options?: object): Doc;
  heightOfString(text: string, options?: object): number;
  rect(x: number, y: number, w: number, h: number): Doc;
  stroke(): Doc;
  addPage(): Doc;
  x: number;
  y: number;
  page: { height: number; margins: { left: number; bottom: number } };
}

export interface Fonts {
  /** Splits text into runs, each in the first font that has its characters. */
  runs(text: string, bold?: boolean): Run[];
  /** Characters no font of the chain has, as `U+XXXX`, and so drawn as that code. */
  readonly missing: Set<string>;
}

/** Characters that belong to the run around them: spaces, combining marks, joiners. */
const NEUTRAL = /^[\s\p{M}\u200c\u200d]$/u;

type Rtl = "" | "arabic" | "hebrew";
const rtlScript = (ch: string): Rtl =>
  /\p{Script=Arabic}/u.test(ch) ? "arabic" : /\p{Script=Hebrew}/u.test(ch) ? "hebrew" : "";

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * A run of Arabic or Hebrew as pdfkit must be given it to draw it right to left. fontkit
 * lays an Arabic run out right to left (joined), but pdfkit puts the words of a line back in
 * the order written and drops the space between them; a no-break space keeps the run one word.
 * A Hebrew run fontkit lays out left to right, so its letters are reversed here.
 */
function rightToLeft(text: string, script: Rtl): string {
  const joined = text.replace(/ /g, "\u00a0");
  if (script === "arabic") return joined;
  return [...segmenter.segment(joined)]
    .map((g) => g.segment)
    .reverse()
    .join("");
}

const code = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * The TrueType/OpenType file a WOFF 1.0 file wraps, each table inflated once (WOFF 1.0,
 * W3C, section 5). fontkit reads a WOFF's tables by inflating them again at every access,
 * which made subsetting UnifontEX's 2 MB of glyphs take seconds per glyph drawn.
 */
export function sfntOfWoff(woff: Buffer): Buffer {
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const stored = woff.subarray(offset, offset + woff.readUInt32BE(at + 8));
    const length = woff.readUInt32BE(at + 12);
    return {
      tag: woff.readUInt32BE(at),
      checksum: woff.readUInt32BE(at + 16),
      data: stored.length < length ? inflateSync(stored) : stored,
    };
  });
  const padded = (n: number) => (n + 3) & ~3;
  const head = 12 + 16 * count;
  const out = Buffer.alloc(tables.reduce((n, t) => n + padded(t.data.length), head));
  const selector = Math.floor(Math.log2(count));
  out.writeUInt32BE(woff.readUInt32BE(4), 0);
  out.writeUInt16BE(count, 4);
  out.writeUInt16BE(16 * 2 ** selector, 6);
  out.writeUInt16BE(selector, 8);
  out.writeUInt16BE(16 * count - 16 * 2 ** selector, 10);
  let offset = head;
  tables.forEach((t, i) => {
    out.writeUInt32BE(t.tag, 12 + 16 * i);
    out.writeUInt32BE(t.checksum, 16 + 16 * i);
    out.writeUInt32BE(offset, 20 + 16 * i);
    out.writeUInt32BE(t.data.length, 24 + 16 * i);
    t.data.copy(out, offset);
    offset += padded(t.data.length);
  });
  return out;
}

/** A font file's bytes as fontkit and pdfkit read them best: a WOFF unwrapped. */
function fontFile(path: string): Buffer {
  const bytes = readFileSync(path);
  return bytes.toString("latin1", 0, 4) === "wOFF" ? sfntOfWoff(bytes) : bytes;
}

/** Registers the chain's fonts on `doc` and returns the run splitter. */
export async function loadFonts(doc: Doc): Promise<Fonts> {
  const fontkit = await import("fontkit");
  // The fonts are found where npm put the packages, from the source or from the bundle alike.
  const { resolve } = createRequire(import.meta.url);
  // Opened when first asked about (UnifontEX alone is 3 MB): a Latin record opens DejaVu only.
  const files = new Map<string, Buffer>();
  const file = (path: string) => {
    const bytes = files.get(path) ?? fontFile(resolve(path));
    files.set(path, bytes);
    return bytes;
  };
  const opened: Face[] = [];
  const face = (i: number): Face =>
    (opened[i] ??= fontkit.create(file(CHAIN[i]?.regular ?? "")) as unknown as Face);
  const has = (i: number, cp: number) => face(i).hasGlyphForCodePoint(cp);
  // A font is read and registered when a run is first set in it: a Latin record reads DejaVu only.
  const registered = new Set<number>();
  const use = (i: number) => {
    const f = CHAIN[i] ?? CHAIN[0];
    if (!registered.has(i)) {
      registered.add(i);
      doc.registerFont(f.name, file(f.regular));
      doc.registerFont(`${f.name}-bold`, file(f.bold));
    }
    return f.name;
  };
  use(0);
  const missing = new Set<string>();
  const pick = (ch: string, cp: number, current: number) => {
    // Spaces and marks stay in the run they are in when its font has them: a Devanagari
    // name keeps its space and its vowel signs in one shaped run.
    if (current >= 0 && NEUTRAL.test(ch) && has(current, cp)) return current;
    return CHAIN.findIndex((_, i) => has(i, cp));
  };
  const runs = (text: string, bold = false): Run[] => {
    const out: { text: string; index: number; script: Rtl }[] = [];
    let current = -1;
    let script: Rtl = "";
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      let index = cp < 0x20 ? Math.max(current, 0) : pick(ch, cp, current);
      let piece = ch;
      if (index === -1) {
        missing.add(code(cp));
        piece = `[${code(cp)}]`;
        index = 0;
      }
      if (!NEUTRAL.test(ch)) script = rtlScript(ch);
      const last = out.at(-1);
      if (last && last.index === index && last.script === script) last.text += piece;
      else out.push({ text: piece, index, script });
      current = index;
    }
    return out.map((r) => ({
      text: r.script === "" ? r.text : rightToLeft(r.text, r.script),
      font: `${use(r.index)}${bold ? "-bold" : ""}`,
    }));
  };
  return { runs, missing };
}

/**
 * Draws runs as one paragraph at (x, y), `width` wide, wrapping across runs; returns the
 * height used.
 */
export function drawRuns(
  doc: Doc,
  runs: readonly Run[],
  x: number,
  y: number,
  options: { readonly width: number; readonly align?: string } = { width: 0 },
): number {
  if (runs.length === 0) return 0;
  runs.forEach((r, i) => {
    const more = { ...options, continued: i < runs.length - 1 };
    doc.font(r.font);
    if (i === 0) doc.text(r.text, x, y, more);
    else doc.text(r.text, more);
  });
  return doc.y - y;
}

/**
 * A table drawn row by row: a header row (repeated on each new page), then rows of cells,
 * each cell's text in runs of the fonts that have its characters.
 */
export function drawTable(
  doc: Doc,
  fonts: Fonts,
  opts: {
    readonly widths: readonly number[];
    readonly header: readonly string[];
    readonly rows: readonly (readonly string[])[];
  },
): void {
  const pad = 3;
  const left = doc.page.margins.left;
  const row = (cells: readonly string[], bold: boolean) => {
    const top = doc.y;
    let height = 0;
    let x = left;
    cells.forEach((cell, i) => {
      const width = (opts.widths[i] ?? 0) - 2 * pad;
      height = Math.max(
        height,
        drawRuns(doc, fonts.runs(cell, bold), x + pad, top + pad, { width }),
      );
      x += opts.widths[i] ?? 0;
    });
    height += 2 * pad;
    x = left;
    for (const w of opts.widths) {
      doc.rect(x, top, w, height).stroke();
      x += w;
    }
    doc.x = left;
    doc.y = top + height;
  };
  // Room for a row is guessed from its text in the first font, with a margin for wider
  // scripts, so that a row is never split over two pages.
  const room = (cells: readonly string[]) =>
    Math.max(
      ...cells.map(
        (c, i) =>
          doc.font("dejavu").heightOfString(c || " ", { width: (opts.widths[i] ?? 0) - 2 * pad }) *
          1.6,
      ),
    ) +
    2 * pad;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  if (doc.y + room(opts.header) + room(opts.rows[0] ?? []) > bottom()) doc.addPage();
  row(opts.header, true);
  for (const cells of opts.rows) {
    if (doc.y + room(cells) > bottom()) {
      doc.addPage();
      row(opts.header, true);
    }
    row(cells, false);
  }
}
