// Bold in a PDF: the text layer names no weight, but each run's font does ("LiberationSerif-Bold",
// "TimesNewRomanPS-BoldMT", "Arial,Bold"). A table cell partly in bold gives its bold passages (`emphasis.ts`) as
// the Word reader's do, so that a note saying the bold unit leads (`marked-lead.ts`) reads the PDF too.
import { Emphasis } from "../emphasis.ts";
import type { TextRun } from "./geometry.ts";
import { buildLines } from "./lines.ts";

/** A font name of a bold, black or heavy face ("ABCDEF+Calibri-Bold", "Arial,BoldItalic", "Roboto-Black"). */
const BOLD_FACE = /bold|black|heavy/iu;

/** The runs, those whose font (`fontName`: a run's font id to the font's own name) is a bold face marked. */
export function markBold(runs: TextRun[], fontName: (id: string) => string | undefined): TextRun[] {
  const bold = new Map<string, boolean>();
  const isBold = (id: string) => {
    if (!bold.has(id)) bold.set(id, BOLD_FACE.test(fontName(id) ?? ""));
    return bold.get(id)!;
  };
  return runs.map((run) => (isBold(run.font) ? { ...run, bold: true } : run));
}

/** A gap narrower than this many font sizes is no space (as `lines.ts` reads a line). */
const SPACE_GAP = 0.12;

/**
 * The bold passages of a cell's runs, in reading order: none unless the cell mixes bold and plain text. A passage goes
 * on across a wrapped line ("Sở Nông nghiệp và" / "Môi trường", "UBND các xã," / "phường"), as the cell's text does.
 */
export function boldPassages(runs: TextRun[], page: number): string[] {
  if (!runs.some((r) => r.bold) || runs.every((r) => r.bold)) return [];
  const lines = buildLines(runs, page);
  if (lines.length === 0) return [];
  const byLine = lines.map((): TextRun[] => []);
  for (const run of runs) {
    const distance = lines.map((line) => Math.abs(line.y - run.y));
    byLine[distance.indexOf(Math.min(...distance))]!.push(run);
  }
  const emphasis = new Emphasis();
  byLine.forEach((line, i) => {
    line.sort((a, b) => a.x - b.x);
    line.forEach((run, j) => {
      const before = line[j - 1];
      if (before && run.x - (before.x + before.width) > SPACE_GAP * run.size) emphasis.add(" ", false);
      emphasis.add(run.text, run.bold === true);
    });
    if (i < byLine.length - 1) emphasis.add(" ", false);
  });
  return emphasis.read();
}
