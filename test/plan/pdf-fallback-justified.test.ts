// A justified line whose letters are drawn in two fonts: the spaces stretched to the margin are wider than
// the font's own, and the fallback letters must still land inside their words.
import { describe, expect, it } from "vitest";
import type { PageGlyphs } from "../../src/plan/pdf/fallback-fonts.ts";
import { untangleFallbackFonts } from "../../src/plan/pdf/fallback-fonts.ts";
import type { TextRun } from "../../src/plan/pdf/geometry.ts";

const SIZE = 10;
// Every letter 0.5 em (5 points), a space 0.25 em; the line stretches its spaces to 4 points.
const LETTER = 0.5;
const STRETCHED = 4;

/** The main font's run ("Ban Qu n lý", gaps where the other font's letters go) and those letters, placed. */
function line(words: string[], fallback: Map<number, string>): { runs: TextRun[]; page: PageGlyphs } {
  const runs: TextRun[] = [];
  const main = { widths: new Map([[" ", 0.25]]), text: "", spaced: [] as boolean[] };
  const other = { widths: new Map<string, number>(), text: "", spaced: [] as boolean[] };
  let x = 0;
  let text = "";
  words.forEach((word, i) => {
    // A word's letters in the main font, a letter of the other font in its place.
    if (i > 0) x += STRETCHED;
    [...word].forEach((char, k) => {
      if (fallback.get(i) === char) {
        runs.push({ text: char, x, y: 0, width: LETTER * SIZE, size: SIZE, font: "other" });
        other.widths.set(char, LETTER);
        other.text += char;
        other.spaced.push(false);
        text += " ";
      } else {
        main.widths.set(char, LETTER);
        main.text += char;
        main.spaced.push(k === 0 && i > 0);
        text += char;
      }
      x += LETTER * SIZE;
    });
    text += " ";
  });
  const run: TextRun = { text: text.replace(/\s+/g, " ").trim(), x: 0, y: 0, width: x, size: SIZE, font: "main" };
  return {
    runs: [run, ...runs],
    page: new Map([
      ["main", main],
      ["other", other],
    ]),
  };
}

describe("a justified line drawn in two fonts", () => {
  it("puts each letter of the other font inside its word, though the spaces are stretched", () => {
    const words = ["Ban", "Quản", "lý", "cụm", "công", "nghiệp", "tỉnh"];
    const { runs, page } = line(
      words,
      new Map([
        [1, "ả"],
        [3, "ụ"],
        [5, "ệ"],
        [6, "ỉ"],
      ]),
    );
    const placed = untangleFallbackFonts(runs, page).sort((a, b) => a.x - b.x);
    const read = placed.reduce(
      (s, r, i) => s + (i > 0 && r.x - placed[i - 1]!.x - placed[i - 1]!.width > 1 ? " " : "") + r.text,
      "",
    );
    expect(read).toBe("Ban Quản lý cụm công nghiệp tỉnh");
  });
});
