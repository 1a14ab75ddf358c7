// Text runs to lines in a PDF: letters and marks put together as they are read.
import { describe, expect, it } from "vitest";
import type { TextRun } from "../../src/plan/pdf/geometry.ts";
import { buildLines, lineText } from "../../src/plan/pdf/lines.ts";

const run = (text: string, x: number, width: number): TextRun => ({ text, x, y: 100, width, size: 12, font: "f" });

describe("a letter drawn as its base and a combining mark", () => {
  it("reads as the one precomposed letter, whichever of the two the page draws first", () => {
    const runs = [run("UBND t", 0, 40), run("\u0309", 40, 0), run("i", 40, 3.3), run("nh", 43.3, 12)];
    const text = lineText(buildLines(runs, 0)[0]!);
    expect(text).toBe("UBND tỉnh");
    expect(text).toBe("UBND tỉnh".normalize("NFC"));
  });
});
