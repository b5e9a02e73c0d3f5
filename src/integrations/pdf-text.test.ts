import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import { sfntOfWoff } from "./pdf-text.js";

const { resolve } = createRequire(import.meta.url);

describe("sfntOfWoff", () => {
  it.each([
    ["UnifontEX", "@fontsource/unifontex/files/unifontex-latin-400-normal.woff", "王"],
    [
      "Noto Sans Devanagari",
      "@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-400-normal.woff",
      "प",
    ],
  ])("unwraps %s into the font it holds, glyph for glyph", (_name, path, ch) => {
    const woff = readFileSync(resolve(path));
    const wrapped = fontkit.create(woff) as fontkit.Font;
    const plain = fontkit.create(sfntOfWoff(woff)) as fontkit.Font;
    expect(wrapped.type).toBe("WOFF");
    expect(plain.type).toBe("TTF");
    expect(plain.postscriptName).toBe(wrapped.postscriptName);
    expect(plain.numGlyphs).toBe(wrapped.numGlyphs);
    const cp = ch.codePointAt(0) ?? 0;
    const glyph = (f: fontkit.Font) => f.glyphForCodePoint(cp);
    expect(glyph(plain).id).toBe(glyph(wrapped).id);
    expect(glyph(plain).path.toSVG()).toBe(glyph(wrapped).path.toSVG());
    expect(glyph(plain).advanceWidth).toBe(glyph(wrapped).advanceWidth);
  });
});
